// The shapes of the answers that the OpenAPI document gives only as objects with an id (meetings,
// actions) or as open objects (a body's seat quotas): as the server's codec writes them
// (src/core/meetings.h, src/core/bodies.h).
import type { Schemas, Text } from "./client";

export interface SeatQuota {
  party_id?: string;
  category?: string;
  count: number;
  posts?: string[];
  source?: Schemas["Source"];
}

export interface Participant {
  person_id: string;
  post_id?: string;
  on_behalf_of_id?: string;
  role?: string;
  present?: boolean;
  arrived?: string;
  left?: string;
  deputy_for?: string;
}

export interface AgendaItem {
  number: number;
  title: Text;
  presenter_id?: string;
  proposal?: string;
  statements?: { person_ids: string[]; on_behalf_of_id?: string; points?: string[] }[];
  discussion?: string[];
  agreed?: string[];
  decision?: string;
  disqualifications?: { person_id: string; ground: string; ground_detail?: string; absent_from?: string; absent_until?: string }[];
  attachments?: { title: string; reference?: string }[];
  attendance?: { person_id: string; present?: boolean; arrived?: string; left?: string }[];
  confidential_ground?: string;
}

export interface Meeting {
  id: string;
  kind: string;
  status?: string;
  number?: number;
  title: Text;
  body_id?: string;
  organiser_id?: string;
  party_ids?: string[];
  date?: string;
  start_time?: string;
  end_time?: string;
  place?: string;
  online_link?: string;
  participants?: Participant[];
  items?: AgendaItem[];
  public?: boolean;
}

export interface FollowUp {
  id: string;
  meeting_id: string;
  item_number?: number;
  text: Text;
  responsible_organisation_id?: string;
  responsible_person_id?: string;
  due_date?: string;
  status?: string;
}
