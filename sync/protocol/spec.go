package protocol

import _ "embed"

// OpenAPI is the protocol's OpenAPI 3 document (YAML). center137 serves it at
// /api/v1/openapi.yaml; package apitest validates real traffic against it.
//
//go:embed openapi.yaml
var OpenAPI []byte
