// Package protocol is the contract between a Tafkik desktop and the central 137 server: the
// wire types of sync v1, the typed fields of each op kind with their shape checks, and the
// OpenAPI 3 document (openapi.yaml, embedded) that both sides are tested against (package
// apitest validates real traffic with kin-openapi).
//
// Changes to DESIGN.md "Sync protocol", and why:
//   - The changes feed carries every kind a district's other devices need (request upserts,
//     status moves, notes, visits, group decisions, jurisdiction decisions, issue info), each
//     with the op id, device and actor that caused it, so a device recognises the echo of its
//     own ops. A page ends at limit (clamped to 5000) or at MaxPageBytes, whichever is first.
//   - Request and issue status conflicts are judged on the version at which the status last
//     moved (RequestDetail.StatusVersion): a status move whose base_version is below it
//     conflicts; a version bump for another reason (a re-imported text, a title) does not.
//     Moving to the status the center already has is applied, never a conflict, so two
//     devices that did the same thing converge. A base_version ahead of the center is
//     rejected. Notes, visits and decisions never conflict; issue titles are last-writer-wins.
//   - A conflict or a rejected status move carries the center's current status and version,
//     so a device can show both sides without another request.
//   - A retried op returns its first result again (already_applied for an applied op, the
//     same conflict or rejection otherwise): replaying a batch never changes the answer.
//   - Request.lat/lon are null when a request has no location (tafkik.Request hides
//     HasLocation from JSON, and 0,0 is a real place).
//   - An op naming another district in its body gets 403 for the whole batch, like the URL;
//     an op on another district's request is rejected as unknown. Any path under another
//     district answers 403 before 404.
//   - Roles: clerk and supervisor push, manager reads only (403 on push, with the reason),
//     and a fourth role "intake" is an Open311 api_key that may only file requests.
//   - set_status also takes entity "issue" (the same as set_issue_info with a status), and
//     decide_group takes entity "issue" or "decision", matching the desktop's outbox.
package protocol
