// Package protocol is the contract between a Tafkik desktop and the central 137 server: the
// wire types of sync v1, the typed fields of each op kind with their shape checks, and the
// OpenAPI 3 document (openapi.yaml, embedded) that both sides are tested against.
//
// Changes to DESIGN.md "Sync protocol", and why:
//   - The changes feed carries every kind a district's other devices need (request upserts,
//     status moves, notes, visits, group decisions, jurisdiction decisions, issue info), each
//     with the op id that caused it, so a device recognises the echo of its own ops.
//   - Request status conflicts are judged on StatusVersion, the version at which the status
//     last moved: a set_status whose base_version is below it conflicts; a version bump for
//     another reason (a note, a re-import of unchanged status) does not. Setting the status
//     the request already has is applied, not a conflict, so two devices converge.
//   - A retried op returns its first result again (already_applied for an applied op, the
//     same conflict or rejection otherwise): replaying a batch never changes the answer.
//   - Request.lat/lon are null when a request has no location (tafkik.Request hides
//     HasLocation from JSON, and 0,0 is a real place).
//   - An op naming another district in its body gets 403 for the whole batch, like the URL.
//   - Roles: clerk and supervisor push, manager reads only (403 on push), and a fourth role
//     "intake" is an Open311 api_key that may only file requests.
package protocol
