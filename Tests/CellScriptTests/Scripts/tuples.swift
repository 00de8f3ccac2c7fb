// Labelled tuples print and resolve their labels as Swift does (outputs checked with swiftc 6.3.1).

// case: a labelled literal prints its labels
let p = (x: 1.5, y: 2)
print(p)                  // expect: (x: 1.5, y: 2)
print(p.x, p.y, p.0)      // expect: 1.5 2 1.5
print("\(p)")             // expect: (x: 1.5, y: 2)

// case: an annotation's labels and element types win over the literal
let q: (x: Double, y: Int) = (1, 2)
print(q)                  // expect: (x: 1.0, y: 2)

// case: a function's labelled result
func bounds() -> (lo: Int, hi: Int) { return (1, 2) }
print(bounds().hi, bounds())   // expect: 2 (lo: 1, hi: 2)
let (lo, hi) = bounds()
print(lo + hi)                 // expect: 3

// case: assignment through a label
var best = (loss: 1.0, step: 0)
best.loss = 0.5
best.step += 1
print(best)               // expect: (loss: 0.5, step: 1)

// case: arrays of labelled tuples and closures over them
let rows = [(name: "a", n: 1), (name: "b", n: 2)]
print(rows)               // expect: [(name: "a", n: 1), (name: "b", n: 2)]
print(rows.sorted { $0.n > $1.n }.map { $0.name })   // expect: ["b", "a"]

// case: nested and optional labelled tuples
let nested = (outer: (inner: 1, z: 2), w: 3)
print(nested.outer.inner, nested)   // expect: 1 (outer: (inner: 1, z: 2), w: 3)
var o: (a: Int, b: Double)? = nil
o = (1, 2)
print(o!)                 // expect: (a: 1, b: 2.0)

// case: a dictionary's element is (key:value:)
let m = [1: "x"]
print(m.first!)           // expect: (key: 1, value: "x")
