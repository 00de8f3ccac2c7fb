/// What one client may cost `ganbook serve`: the preview server listens on loopback, but any
/// local process (or a web page, through DNS rebinding) can reach it.
public struct HTTPLimits: Sendable {
    /// Largest request head (request line and headers) read; larger is answered 431.
    public var maxHeadBytes = 16 << 10
    /// Seconds from accepting a connection to having its whole request head; a client that
    /// sends nothing (or trickles) is answered 408 and closed after this.
    public var headTimeout = 10.0
    /// Seconds a response may take to be written before the connection is dropped.
    public var writeTimeout = 10.0
    /// Connections served at once; more are answered 503 at once and closed.
    public var maxConnections = 64
    /// Largest POST body (an edited cell); larger is answered 413.
    public var maxBodyBytes = 1 << 20

    public init() {}
}
