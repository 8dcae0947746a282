package center

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
)

// Sentinel errors of a Store.
var (
	ErrNotFound = errors.New("center: not found")
	ErrExists   = errors.New("center: already exists")
)

// Store is what the server needs from its storage. SQLite (this package's DB) is the
// default; a PostgreSQL implementation must keep the same guarantees: ApplyOps runs one
// batch in one transaction, ops are recorded by id so a retried op returns its first result,
// and feed sequence numbers become visible in increasing order (no reader may see seq N+1
// before N is committed).
type Store interface {
	// TokenByHash finds a token by the SHA-256 of its secret (revoked ones too).
	TokenByHash(ctx context.Context, hash []byte) (Token, error)
	CreateToken(ctx context.Context, t Token) error
	Tokens(ctx context.Context) ([]Token, error)
	RevokeToken(ctx context.Context, id string, at time.Time) error

	// Changes returns up to limit changes of district with seq > after, each the JSON of a
	// protocol.Change, in seq order, stopping early once protocol.MaxPageBytes are reached;
	// last is the seq of the last change returned (after when none), more whether more follow.
	Changes(ctx context.Context, district string, after int64, limit int) (changes []json.RawMessage, last int64, more bool, err error)
	// ApplyOps applies ops (already checked to belong to district) in order.
	ApplyOps(ctx context.Context, district string, ops []tafkik.Op) ([]protocol.OpResult, error)
	// Request returns one request of district with what the center knows of its triage.
	Request(ctx context.Context, district, id string) (protocol.RequestDetail, error)

	// ImportRequests inserts new requests and updates changed ones (any district), each
	// change going to its district's feed.
	ImportRequests(ctx context.Context, reqs []tafkik.Request) (ImportStats, error)
	// CreateRequest files a new request (Open311 intake); it fills ID, Version, UpdatedAt.
	CreateRequest(ctx context.Context, r tafkik.Request) (tafkik.Request, error)

	// Open311 queries requests for GeoReport v2, newest first.
	Open311(ctx context.Context, q Query) ([]Record, error)
	// Categories lists every request category in use, for the service list.
	Categories(ctx context.Context) ([]string, error)

	Close() error
}

// Token is a device token as the center keeps it: only the hash of the secret.
type Token struct {
	ID        string        `json:"id"`
	Hash      []byte        `json:"-"`
	District  string        `json:"district"`
	Role      protocol.Role `json:"role"`
	Label     string        `json:"label,omitempty"`
	CreatedAt time.Time     `json:"created_at"`
	RevokedAt time.Time     `json:"revoked_at,omitzero"`
}

// Revoked reports whether the token was revoked.
func (t Token) Revoked() bool { return !t.RevokedAt.IsZero() }

// tokenPrefix makes a leaked token recognisable to secret scanners and people.
const tokenPrefix = "tfk_"

// NewToken makes a token for district and role: the Token to store (hash only) and the
// secret to hand to the device once.
func NewToken(district string, role protocol.Role, label string, now time.Time) (Token, string, error) {
	var id [6]byte
	var secret [32]byte
	if _, err := rand.Read(id[:]); err != nil {
		return Token{}, "", err
	}
	if _, err := rand.Read(secret[:]); err != nil {
		return Token{}, "", err
	}
	s := tokenPrefix + base64.RawURLEncoding.EncodeToString(secret[:])
	return Token{ID: hex.EncodeToString(id[:]), Hash: HashToken(s), District: district, Role: role,
		Label: label, CreatedAt: now.UTC()}, s, nil
}

// HashToken is what the center stores and looks up instead of a token's secret.
func HashToken(secret string) []byte {
	h := sha256.Sum256([]byte(secret))
	return h[:]
}

// ImportStats counts what ImportRequests did.
type ImportStats struct {
	Inserted  int `json:"inserted"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
}

// Query selects requests for Open311. Zero fields do not filter.
type Query struct {
	IDs        []string
	District   string
	Categories []string
	Start, End time.Time // created_at in [Start, End]
	// State is "open" or "closed" as Open311 counts them (a duplicate is closed), or "".
	State  string
	Offset int
	Limit  int
}

// Record is one request with the triage Open311 exposes.
type Record struct {
	Request    tafkik.Request
	StatusNote string        // the note of the last status move
	Agency     tafkik.Agency // clerk-decided jurisdiction, "" if none
	// DuplicateOf is the first request of its duplicate group when it is not that one;
	// Duplicates lists the others when it is.
	DuplicateOf string
	Duplicates  []string
}
