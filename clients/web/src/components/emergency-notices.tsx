/**
 * Where urgent official announcements (road closures, boil-water notices, office closures) appear
 * at the top of the start page. Announcements come with a later issue (`announcements` and
 * `announcementPublished` in the API); until then the slot deliberately shows nothing.
 */
export function EmergencyNotices() {
  return null;
}
