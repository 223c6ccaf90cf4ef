#!/usr/bin/env bash
# Fills corpus/<target>/ with seeds: the bundled specs, the recipe expressions written in them,
# and a few responses shaped like the venues' (status, envelope, Retry-After length, body).
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/spec_loader corpus/expr_parser corpus/response_decoder
cp ../specs/*.yaml corpus/spec_loader/
i=0
# Values written as calls or concatenations under `let:` and `headers:`.
grep -hoE '^ +[A-Za-z0-9_-]+: [a-z_0-9]+\(.*\)$|^ +[A-Za-z0-9_-]+: .* ~ .*$' ../specs/*.yaml |
    sed -E 's/^ +[A-Za-z0-9_-]+: //' | sort -u | while IFS= read -r expr; do
    i=$((i + 1))
    printf '%s' "$expr" >"corpus/expr_parser/spec-$i"
done
response() { # name status(hex, 4 digits) envelope retry body
    printf "\\x${2%??}\\x${2#??}\\x$3\\x$4%s" "$5" >"corpus/response_decoder/$1"
}
response ok-bare 00c8 00 ff '{"currency":"BTC","balance":"0.1","hold":null,"tags":["a"]}'
response ok-coded 00c8 01 ff '{"code":"200000","data":[{"currency":"BTC","balance":"0.1","tags":[]}]}'
response venue-error 00c8 01 ff '{"code":"400005","msg":"Invalid KC-API-SIGN"}'
response ret-code 00c8 02 ff '{"retCode":0,"result":{"list":[{"a":"1"}]}}'
response rpc-error 00c8 03 ff '{"jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params"},"id":7}'
response rate-limited 01ad 00 03 '0.5{}'
response html-502 01f6 00 ff '<html><head><title>502 Bad Gateway</title></head></html>'
response error-object 0191 00 ff '{"error":{"code":"EAUTH","message":"nope"}}'
response decimal 00c8 00 ff '-12.340'
response no-content 00cc 00 ff ''
