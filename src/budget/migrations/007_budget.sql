-- HUS budget monitoring: realised production records and the monthly allocation, as rows of
-- (month, member, service group, euros in cents, count). A month is replaced whole on import.
CREATE TABLE budget_production (month INTEGER NOT NULL, member TEXT NOT NULL, service_group TEXT NOT NULL, cents BIGINT NOT NULL, count INTEGER NOT NULL);
CREATE INDEX budget_production_month ON budget_production (month);
CREATE TABLE budget_allocation (month INTEGER NOT NULL, member TEXT NOT NULL, service_group TEXT NOT NULL, cents BIGINT NOT NULL, count INTEGER NOT NULL);
CREATE INDEX budget_allocation_month ON budget_allocation (month);
