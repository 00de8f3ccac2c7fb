import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for `ganbook serve`: GET, HEAD and POST (a body of at
/// most `HTTPLimits.maxBodyBytes`, with a `Content-Length`), one request per
/// connection, with the limits of `HTTPLimits` enforced before anything is parsed: a bounded
/// request head read in one linear pass (431 past the limit), a deadline for the head (408),
/// a cap on connections (503), and a `Host` check (421).
///
/// It replaced FlyingFox, which has none of these as options: its header reader grows a line
/// byte by byte with no limit, its only timeout is the handler's, and it holds any number of
/// silent connections forever.
final class LoopbackHTTPServer: @unchecked Sendable {
    typealias Handler = @Sendable (RequestHead) async -> HTTPReply

    let port: UInt16
    let limits: HTTPLimits
    private let handler: Handler
    private let lock = NSLock()
    private var listener: Int32 = -1
    private var active = 0
    private var stopped = false

    init(port: UInt16, limits: HTTPLimits = HTTPLimits(), handler: @escaping Handler) {
        self.port = port
        self.limits = limits
        self.handler = handler
    }

    /// Connections being served now.
    var activeConnections: Int { lock.withLock { active } }
    var isStopped: Bool { lock.withLock { stopped } }

    /// Binds 127.0.0.1:`port` and starts accepting on a thread of its own.
    /// - Throws: `PreviewError.cannotListen` with the system's reason.
    func start() throws {
        let fd = socket(AF_INET, Self.streamType, 0)
        guard fd >= 0 else { throw PreviewError.cannotListen(port: port, reason: Self.systemError()) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let reason = Self.systemError()
            close(fd)
            throw PreviewError.cannotListen(port: port, reason: reason)
        }
        lock.withLock { listener = fd }
        let thread = Thread { [self] in acceptLoop(fd) }
        thread.name = "ganbook-serve-accept"
        thread.start()
    }

    /// Stops accepting; connections being served finish within their deadlines.
    func stop() {
        lock.withLock { stopped = true }
    }

    private func acceptLoop(_ fd: Int32) {
        defer { close(fd) }
        while !isStopped {
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 200) > 0 else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else { continue }
            Self.configure(client, writeTimeout: limits.writeTimeout)
            let admitted = lock.withLock { () -> Bool in
                guard active < limits.maxConnections else { return false }
                active += 1
                return true
            }
            guard admitted else {
                Self.write(HTTPReply.plain(503, "too many connections").encoded(), to: client)
                Self.drainWithoutWaiting(client)
                close(client)
                continue
            }
            let thread = Thread { [self] in
                serve(client)
                Self.finish(client)
                lock.withLock { active -= 1 }
            }
            thread.stackSize = 512 << 10
            thread.start()
        }
    }

    /// Reads one request head within the limits, answers it, and returns (the caller closes).
    private func serve(_ client: Int32) {
        let deadline = ContinuousClock.now + .seconds(limits.headTimeout)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        var searched = 0
        var headEnd: Int?
        while headEnd == nil {
            let remaining = ContinuousClock.now.duration(to: deadline)
            let milliseconds = Int32(clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
            guard milliseconds > 0 else {
                Self.write(HTTPReply.plain(408, "request head not received within \(Int(limits.headTimeout)) s").encoded(), to: client)
                return
            }
            var waiting = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, milliseconds) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return }
            buffer += chunk[0..<count]
            headEnd = RequestHead.end(in: buffer, from: searched - 3)
            searched = buffer.count
            if headEnd.map({ $0 > limits.maxHeadBytes }) ?? (buffer.count > limits.maxHeadBytes) {
                Self.write(HTTPReply.plain(431, "request head larger than \(limits.maxHeadBytes) bytes").encoded(), to: client)
                return
            }
        }
        let reply: HTTPReply
        var headOnly = false
        do {
            var head = try RequestHead.parse(buffer[0..<headEnd!])
            headOnly = head.method == "HEAD"
            if !HostCheck.allows(head.field("host"), port: port) {
                reply = .plain(421, "this server answers only Host 127.0.0.1:\(port), localhost:\(port) or [::1]:\(port)")
            } else if !["GET", "HEAD", "POST"].contains(head.method) {
                reply = .plain(405, "only GET, HEAD and POST")
            } else if head.method == "POST", let refusal = readBody(of: &head, from: client, already: buffer[headEnd!...], deadline: deadline) {
                reply = refusal
            } else {
                let request = head
                reply = Self.wait { [handler] in await handler(request) }
            }
        } catch let error as RequestHead.Malformed {
            reply = .plain(400, error.reason)
        } catch {
            reply = .plain(400, "bad request")
        }
        Self.write(reply.encoded(headOnly: headOnly), to: client, within: limits.writeTimeout)
    }

    /// Reads a POST body (its `Content-Length`, at most `limits.maxBodyBytes`) into `head.body`;
    /// returns the refusal to send instead when the body is missing, too large or too slow.
    private func readBody(of head: inout RequestHead, from client: Int32, already: ArraySlice<UInt8>, deadline: ContinuousClock.Instant) -> HTTPReply? {
        guard let lengthText = head.field("content-length"), let length = Int(lengthText), length >= 0 else {
            return .plain(411, "a POST needs a Content-Length")
        }
        guard length <= limits.maxBodyBytes else { return .plain(413, "request body larger than \(limits.maxBodyBytes) bytes") }
        var body = [UInt8](already.prefix(length))
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        let bodyDeadline = deadline + .seconds(limits.headTimeout)
        while body.count < length {
            let remaining = ContinuousClock.now.duration(to: bodyDeadline)
            let milliseconds = Int32(clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
            guard milliseconds > 0 else { return .plain(408, "request body not received in time") }
            var waiting = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, milliseconds) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, min($0.count, length - body.count), 0) }
            guard count > 0 else { return .plain(400, "the body ended early") }
            body += chunk[0..<count]
        }
        head.body = body
        return nil
    }

    /// Runs `work` on the handler threads (``HandlerExecutor``, not the shared concurrency pool)
    /// and blocks this (connection) thread until it is done.
    private static func wait(_ work: @escaping @Sendable () async -> HTTPReply) -> HTTPReply {
        let box = ReplyBox()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: HandlerExecutor.shared) {
            box.set(await work())
            done.signal()
        }
        done.wait()
        return box.get() ?? .plain(500, "no reply")
    }

    /// Writes all of `bytes`, or gives up when the client stops reading (each send waits at most
    /// the socket's send timeout) or reads so slowly that the whole reply would take longer than
    /// `within` seconds.
    static func write(_ bytes: [UInt8], to client: Int32, within seconds: Double = 10) {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var offset = 0
        while offset < bytes.count, ContinuousClock.now < deadline {
            let sent = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Self.sendFlags) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// Closes after the reply: stops sending, then reads what the client still sends (up to a
    /// second and 1 MB), so that a client still writing a huge head reads its 431 instead of a reset.
    private static func finish(_ client: Int32) {
        shutdown(client, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + .seconds(1)
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        var drained = 0
        while drained < 1 << 20, ContinuousClock.now < deadline {
            var waiting = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 100) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            drained += count
        }
        close(client)
    }

    /// Reads what has already arrived, without waiting, so that closing does not reset the
    /// connection before the client has read its reply.
    private static func drainWithoutWaiting(_ client: Int32) {
        shutdown(client, Int32(SHUT_WR))
        var chunk = [UInt8](repeating: 0, count: 4096)
        while chunk.withUnsafeMutableBytes({ recv(client, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }) > 0 {}
    }

    private static func configure(_ client: Int32, writeTimeout: Double) {
        var timeout = timeval(tv_sec: Int(writeTimeout), tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    private static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    private static let streamType = SOCK_STREAM
    private static let sendFlags: Int32 = 0
    #endif

    private static func systemError() -> String { String(cString: strerror(errno)) + " (errno \(errno))" }
}

/// The reply handed from the concurrency pool to a connection thread.
private final class ReplyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var reply: HTTPReply?
    func set(_ value: HTTPReply) { lock.withLock { reply = value } }
    func get() -> HTTPReply? { lock.withLock { reply } }
}
