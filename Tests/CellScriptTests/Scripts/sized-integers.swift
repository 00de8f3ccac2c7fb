// Sized integer types (Int8…Int64, UInt8…UInt64, UInt) are types of their own, as in Swift
// (every output and error below checked with swiftc 6.3.1 on the same program).

// case: a literal takes the annotated type; values print as numbers
let a: UInt8 = 200
let b: Int64 = -5
let c: UInt64 = 18_000_000_000
print(a, b, c)                          // expect: 200 -5 18000000000

// case: type(of:) names the sized type
let a: UInt8 = 1
let n: Int64 = 2
let u: UInt = 3
print(type(of: a), type(of: n), type(of: u), type(of: 7))   // expect: UInt8 Int64 UInt Int
print(type(of: [n]), type(of: Int32(4) as Int32?))           // expect: Array<Int64> Optional<Int32>

// case: max, min and bitWidth of every width
print(UInt8.max, Int8.min, Int16.max, UInt16.max, Int32.min, UInt32.max, Int64.max, UInt64.max)   // expect: 255 -128 32767 65535 -2147483648 4294967295 9223372036854775807 18446744073709551615
print(UInt.max, Int64.min, UInt8.min)   // expect: 18446744073709551615 -9223372036854775808 0
print(Int.bitWidth, UInt8.bitWidth, Int16.bitWidth, UInt32.bitWidth, Int64.bitWidth, UInt.bitWidth)   // expect: 64 8 16 32 64 64

// case: arithmetic stays in the type
let x: UInt8 = 100
let y: UInt8 = 55
print(x + y, x - y, x / 3, x % 7, (x + y) * 1)   // expect: 155 45 33 2 155
print(type(of: x + y))                  // expect: UInt8
var total: UInt64 = 0
for i in 1...10 { total += UInt64(i) * 3 }
print(total)                            // expect: 165

// case: UInt64 is exact beyond Double's 53 bits
let big: UInt64 = 9_007_199_254_740_993
print(big, big + 2, UInt64.max - 1)      // expect: 9007199254740993 9007199254740995 18446744073709551614
print(UInt64.max / 3, UInt64.max % 10)   // expect: 6148914691236517205 5

// case: overflow traps per width
let x: UInt8 = 200
print(x + 100)
// expect error: 38:9: arithmetic overflow in 200 + 100

// case: unsigned subtraction below zero traps
let small: UInt32 = 1
print(small - 2)
// expect error: 43:13: arithmetic overflow in 1 - 2

// case: Int8 multiplication overflow traps
let m: Int8 = 64
print(m * 2)
// expect error: 48:9: arithmetic overflow in 64 * 2

// case: division by zero traps
let d: UInt16 = 0
print(UInt16(7) / d)
// expect error: 53:17: division by zero

// case: wrapping operators wrap per width
var u = UInt8.max
u = u &+ 1
print(u)                                 // expect: 0
u = u &- 1
print(u)                                 // expect: 255
print(Int8.min &- 1, Int16.max &+ 1, Int8.max &* 2, UInt8(200) &+ 100)   // expect: 127 -32768 -2 44

// case: smart shifts, with an amount of any integer type
let shiftBits: UInt8 = 4
print(shiftBits << 5, shiftBits << 6, shiftBits >> 1)   // expect: 128 0 2
let s: Int8 = -4
print(s >> 1, s << 1, s >> 10, s << -1)  // expect: -2 -8 -1 -2
let n = 3
let amount: UInt64 = 2
print(shiftBits << n, shiftBits >> amount, (1 as UInt32) << 31)   // expect: 32 1 2147483648
print(UInt8(1) &<< 9, Int16(-32768) &>> 17)   // expect: 2 -16384

// case: bitwise operators and literals that take the other side's type
let pink: UInt32 = 0xCC6699
print((pink & 0xFF0000) >> 16, (pink & 0x00FF00) >> 8, pink & 0x0000FF)   // expect: 204 102 153
let flags: UInt8 = 0b0000_0101
print(flags | (1 << 3), flags & ~1, flags ^ 0xFF, ~flags)   // expect: 13 4 250 250

// case: comparisons, also between two integer types
let a: UInt8 = 3
let b: Int64 = -1
let c = 3
print(a == 3, a > 2, a == c, b < a, UInt64.max > Int64.max)   // expect: true true true true true
print([a, 1, 2].max()!, [b, 5].sorted())   // expect: 3 [-1, 5]

// case: conversions between integer types
let i = 300
print(UInt16(i), Int(UInt8(7)), Int64(i) * 2, UInt(5) + 1)   // expect: 300 7 600 6
print(Int8(truncatingIfNeeded: 300), UInt8(truncatingIfNeeded: -1), Int16(truncatingIfNeeded: 70000))   // expect: 44 255 4464
print(Int8(exactly: 127) as Any, Int8(exactly: 128) as Any, UInt(exactly: -1) as Any)   // expect: Optional(127) nil nil
print(Int(clamping: UInt64.max), UInt8(clamping: -20), UInt8(clamping: 999))   // expect: 9223372036854775807 0 255
print(Int(bitPattern: UInt.max), UInt64(bitPattern: -1), Int8(bitPattern: 200))   // expect: -1 18446744073709551615 -56

// case: a conversion that does not fit traps
let i = 256
print(UInt8(i))
// expect error: 97:7: not enough bits to represent the passed value: 256 as UInt8

// case: conversions from and to Double and text
import Foundation
let d = 3.9
print(UInt8(d), Int32(-2.5), Double(UInt8(7)), Double(UInt64.max))   // expect: 3 -2 7.0 1.8446744073709552e+19
print(UInt8("12") as Any, UInt8("256") as Any, Int16("-7") as Any, UInt8("x") as Any)   // expect: Optional(12) nil Optional(-7) nil
print(UInt32(exactly: 2.0) as Any, UInt32(exactly: 2.5) as Any)   // expect: Optional(2) nil

// case: String(x, radix:) and description
var checksum: UInt8 = 0
for byte: UInt8 in [0x12, 0xF0, 0xAA, 0x99, 0x7F] {
    checksum = checksum &+ byte
}
print(checksum, String(checksum, radix: 16), String(checksum, radix: 2))   // expect: 196 c4 11000100
print(String(255, radix: 16, uppercase: true), String(Int8(-10), radix: 16), checksum.description)   // expect: FF -a 196
print("\(checksum) bytes", String(checksum))   // expect: 196 bytes 196

// case: reporting overflow gives Swift's labelled tuple
let r1 = Int.max.addingReportingOverflow(1)
print(r1.partialValue, r1.overflow)      // expect: -9223372036854775808 true
let r2 = Int32.max.multipliedReportingOverflow(by: 2)
print(r2)                                // expect: (partialValue: -2, overflow: true)
let r3 = UInt8(200).addingReportingOverflow(100)
print(r3.partialValue, r3.overflow)      // expect: 44 true
let minusOne: Int8 = -1
let zero: UInt16 = 0
print(UInt8(5).subtractingReportingOverflow(6), Int8.min.dividedReportingOverflow(by: minusOne))   // expect: (partialValue: 255, overflow: true) (partialValue: -128, overflow: true)
print(UInt16(7).remainderReportingOverflow(dividingBy: zero), Int8.min.remainderReportingOverflow(dividingBy: minusOne))   // expect: (partialValue: 7, overflow: true) (partialValue: 0, overflow: true)

// case: bit counts
print((255 as UInt8).nonzeroBitCount, (40 as Int).trailingZeroBitCount, UInt8(5).leadingZeroBitCount)   // expect: 8 3 5
print(Int16(0).trailingZeroBitCount, Int8(-1).leadingZeroBitCount, UInt32(1).leadingZeroBitCount)   // expect: 16 0 31
print(Int8(-3).magnitude, type(of: Int8(-3).magnitude), Int64(-7).signum())   // expect: 3 UInt8 -1

// case: arrays, dictionaries and sets of sized integers
var primes = [Int64]()
primes.append(2)
primes.append(3)
print(primes, primes.reduce(0, +))       // expect: [2, 3] 5
let counts: [UInt8: String] = [1: "one", 2: "two"]
print(counts[1] ?? "?", Set<UInt16>([1, 1, 2]).count)   // expect: one 2

// case: functions and structs with sized integer types
func primeFactors(_ number: Int64) -> [Int64] {
    var number = number
    var primes = [Int64]()
    var divisor: Int64 = 2
    while number > 1 {
        while number % divisor == 0 {
            primes.append(divisor)
            number /= divisor
        }
        divisor += 1
    }
    return primes
}
for n: Int64 in [12, 93819012551, 1 << 40] {
    print(n, primeFactors(n).count)
}
// expect: 12 3
// expect: 93819012551 3
// expect: 1099511627776 40
print(type(of: primeFactors(12)[0]))   // expect: Int64

// case: grains on a chessboard in UInt64
func square(_ num: Int) -> UInt64 {
    let one: UInt64 = 1
    return one << UInt64(num - 1)
}
let total = (1...64).map { $0 }.reduce(UInt64(0)) { $0 + square($1) }
print(square(64), total, total == UInt64.max)   // expect: 9223372036854775808 18446744073709551615 true

// case: MemoryLayout follows the widths
print(MemoryLayout<Int8>.size, MemoryLayout<UInt16>.size, MemoryLayout<Int32>.size, MemoryLayout<UInt64>.size, MemoryLayout<UInt>.size)   // expect: 1 2 4 8 8

// case: an Int and a UInt8 do not mix
let a = 1
let b: UInt8 = 2
print(a + b)
// expect error: 177:9: binary operator '+' cannot be applied to operands of type 'Int' and 'UInt8'

// case: a UInt8 is not an Int argument
func f(_ x: Int) -> Int { x }
let b: UInt8 = 2
print(f(b))
// expect error: 183:9: cannot convert value of type 'UInt8' to expected argument type 'Int'

// case: an Int64 is not an Int
let n: Int64 = 5
let m: Int = n
// expect error: 188:14: cannot convert value of type 'Int64' to specified type 'Int'

// case: bitwise operators need one type
let a: UInt16 = 1
let b: UInt32 = 2
print(a & b)
// expect error: 194:9: binary operator '&' cannot be applied to operands of type 'UInt16' and 'UInt32'

// case: a literal must fit its type
let x: UInt8 = 256
// expect error: 198:16: integer literal '256' overflows when stored into 'UInt8'

// case: a negative literal is no unsigned value
let x: UInt32 = -1
// expect error: 202:17: negative integer '-1' overflows when stored into unsigned type 'UInt32'

// case: String(_:radix:) and Int(_:radix:)
print(String(255, radix: 2), String(-255, radix: 16, uppercase: true))   // expect: 11111111 -FF
print(Int("1010", radix: 2)!, Int("z", radix: 36)!, Int("-ff", radix: 16)!, Int("12", radix: 2) as Any)   // expect: 10 35 -255 nil
print(UInt8("ff", radix: 16) as Any, UInt8("1ff", radix: 16) as Any, Int8("-80", radix: 16) as Any)   // expect: Optional(255) nil Optional(-128)

// case: hexadecimal floating-point literals
print(0x1p4, 0x1.8p1, 0xA.8p-2, 0x1P+3, 0x1p-1074 > 0, 0xff.description)   // expect: 16.0 3.0 2.625 8.0 true 255

// case: a hexadecimal fraction needs an exponent
let x = 0x1.8
// expect error: 214:14: hexadecimal floating point literal must end with an exponent

// case: a literal above Int.max fits an unsigned 64-bit type
let offset: UInt64 = 14695981039346656037
let mask: UInt64 = 0xFFFF_FFFF_FFFF_FFFF
let m: Int = -9223372036854775808
print(offset, mask == UInt64.max, m == Int.min, 18446744073709551615 as Double)   // expect: 14695981039346656037 true true 1.8446744073709552e+19
var hash: UInt64 = 14695981039346656037
for byte in "gan".utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
print(hash, String(hash, radix: 16))   // expect: 15343848700132102641 d4f04d18fab691f1

// case: a literal above Int.max is no Int
let big = 9223372036854775808
// expect error: 227:11: integer literal '9223372036854775808' overflows when stored into 'Int'
