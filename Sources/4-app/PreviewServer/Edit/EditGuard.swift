/// Who may change anything through `ganbook serve`: a request carrying the per-process token
/// (embedded only in pages this server served) in `X-GANBook-Token`, sent by a page of this
/// server (`Origin` equal to `http://` + its `Host`, which `LoopbackHTTPServer` already checked
/// is a loopback name with the right port). A page of another site can neither read the token
/// nor send this `Origin`.
enum EditGuard {
    /// nil when allowed, else the refusal.
    static func refusal(of request: RequestHead, token: String) -> HTTPReply? {
        guard request.method == "POST" else { return .plain(405, "state-changing requests are POSTs") }
        guard let sent = request.field("x-ganbook-token"), constantTimeEqual(sent, token) else {
            return .plain(403, "missing or wrong X-GANBook-Token (reload the page served by this ganbook serve)")
        }
        guard let host = request.field("host"), let origin = request.field("origin"), origin.lowercased() == "http://" + host.lowercased() else {
            return .plain(403, "the request's Origin is not this server")
        }
        return nil
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
