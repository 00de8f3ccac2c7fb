// case: throw, do and catch with enum case patterns
enum VendingError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}
func vend(_ n: Int) throws -> String {
    if n == 0 { throw VendingError.invalidSelection }
    if n == 1 { throw VendingError.insufficientFunds(coinsNeeded: 5) }
    if n == 2 { throw VendingError.outOfStock }
    return "item \(n)"
}
for i in 0..<4 {
    do {
        print(try vend(i))
    } catch VendingError.invalidSelection {
        print("invalid")
    } catch VendingError.insufficientFunds(let needed) {
        print("need \(needed)")
    } catch {
        print("other: \(error)")
    }
}
// expect: invalid
// expect: need 5
// expect: other: outOfStock
// expect: item 3
// case: catch let e as E, and where clauses
enum ParseError: Error { case empty, bad(String) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}
for text in ["", "x", "12"] {
    do {
        let n = try parse(text)
        print("ok", n)
    } catch ParseError.bad(let s) where s == "x" {
        print("bad x")
    } catch let e as ParseError {
        print("parse error", e)
    }
}
// expect: parse error empty
// expect: bad x
// expect: ok 12
// case: try? gives an optional, nil on error
enum E: Error { case boom }
func f(_ ok: Bool) throws -> Int {
    if !ok { throw E.boom }
    return 7
}
let a = try? f(true)
let b = try? f(false)
print(a, b) // expect: Optional(7) nil
print(try? f(true) ?? 0) // expect: Optional(7)
if let v = try? f(true) { print(v) } // expect: 7
// case: try! returns the value
enum E2: Error { case boom }
func g() throws -> String { "fine" }
print(try! g()) // expect: fine
// case: try! on an error is a located runtime error
enum E3: Error { case boom }
func h() throws -> Int { throw E3.boom }
let x = try! h() // expect error: 9: Fatal error: 'try!' expression unexpectedly raised an error: main.E3.boom
// case: an uncaught error at the top of a cell stops it as Swift does
enum E4: Error { case broken(code: Int) }
func k() throws { throw E4.broken(code: 3) }
print("before") // expect: before
try k() // expect error: 69:19: Fatal error: Error raised at top level: main.E4.broken(code: 3)
// expect note: 71:5: in call to 'k'
print("after")
// case: an error passes through functions that do not catch it
enum E5: Error { case deep }
func inner() throws { throw E5.deep }
func outer() throws -> String {
    try inner()
    return "unreachable"
}
do {
    let r = try outer()
    print(r)
} catch {
    print("caught", error) // expect: caught deep
}
// case: rethrows is accepted
func apply(_ f: () throws -> Int) rethrows -> Int { try f() + 1 }
print(apply { 41 }) // expect: 42
// case: nested do-catch rethrows what the inner catch does not match
enum Outer: Error { case a, b }
do {
    do {
        throw Outer.b
    } catch Outer.a {
        print("inner a")
    }
} catch {
    print("outer", error) // expect: outer b
}
// case: defer runs at scope exit in reverse order
func work() {
    defer { print("first registered") }
    defer { print("second registered") }
    print("body")
}
work()
// expect: body
// expect: second registered
// expect: first registered
// case: defer runs after return computes its value, and on break
func value() -> Int {
    var x = 1
    defer { x = 100; print("defer sees", x) }
    x = 2
    return x
}
print(value())
// expect: defer sees 100
// expect: 2
for i in 0..<3 {
    defer { print("end of", i) }
    if i == 1 { break }
}
// expect: end of 0
// expect: end of 1
// case: defer runs when an error is thrown
enum E6: Error { case fail }
func risky() throws {
    defer { print("cleanup") }
    throw E6.fail
}
do { try risky() } catch { print("caught") }
// expect: cleanup
// expect: caught
// case: a defer registered later does not run if the scope ends before it
func early(_ stop: Bool) {
    defer { print("always") }
    if stop { return }
    defer { print("only when not stopped") }
    print("end")
}
early(true)
// expect: always
early(false)
// expect: end
// expect: only when not stopped
// expect: always
// case: only errors can be thrown
func bad() throws { throw 3 } // expect error: 27: thrown expression type 'Int' does not conform to 'Error'
// case: a case label outside a switch
case 1: print("x") // expect error: 1: 'case' label can only appear inside a 'switch' statement
