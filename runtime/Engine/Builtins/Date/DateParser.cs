using System;

namespace Aot.Engine.Builtins.Date;

/// <summary>
/// Date.parse (ECMA-262 §21.4.3.2): the Date Time String Format of §21.4.1.32 (date-only
/// forms are UTC, date-time forms without an offset are local time, "Z", "±HH:mm", extended
/// years ±YYYYYY with -000000 rejected, out-of-range fields rejected, T24:00 only as
/// 24:00[:00[.000]]) and, for everything else, the implementation-specific formats, which are
/// V8's: this follows DateParser::Parse (src/date/dateparser-inl.h) token for token, so
/// "Jan 2 2024", "2024/01/02", "Tue, 02 Jan 2024 10:00:00 GMT", "January 2, 2024 10:00:00
/// GMT+0100" and every output of toString/toUTCString/toISOString parse as in node.
/// </summary>
public static class DateParser
{
    private const int None = int.MaxValue;

    /// <summary>The time value for <paramref name="s"/>, or NaN.</summary>
    public static double Parse(string s, LocalTimeZone zone)
    {
        var scanner = new Scanner(s);
        var day = new DayComposer();
        var time = new TimeComposer();
        var tz = new TimeZoneComposer();
        Token next = ParseIsoDateTime(ref scanner, ref day, ref time, ref tz);
        if (next.Kind == TokenKind.Invalid) return double.NaN;
        if (!ParseLegacy(ref scanner, next, ref day, ref time, ref tz)) return double.NaN;
        if (!day.Write(out int year, out int month, out int date)) return double.NaN;
        if (!time.Write(out int hour, out int minute, out int second, out int ms)) return double.NaN;
        double dayNumber = DateMath.MakeDay(year, month, date);
        double t = DateMath.MakeDate(dayNumber, DateMath.MakeTime(hour, minute, second, ms));
        if (double.IsNaN(t)) return double.NaN;
        if (tz.Write(out int offsetSeconds))
        {
            t -= offsetSeconds * 1000.0;
            if (Math.Abs(t) > DateMath.MaxTimeValue) return double.NaN;
        }
        else
        {
            // Local time: V8 allows ten days of slack for the offset before clipping.
            if (Math.Abs(t) > DateMath.MaxTimeValue + 10 * DateMath.MsPerDay) return double.NaN;
            t = zone.Utc(t);
        }
        return DateMath.TimeClip(t);
    }

    // ---- Tokens -------------------------------------------------------------------------

    private enum TokenKind { Invalid, Unknown, WhiteSpace, Number, Symbol, EndOfInput, Keyword }

    private enum KeywordType { Invalid, MonthName, TimeZoneName, TimeSeparator, AmPm }

    private readonly struct Token
    {
        public readonly TokenKind Kind;
        public readonly int Length;
        public readonly int Value;             // number value, symbol char, or keyword value
        public readonly KeywordType Keyword;

        public Token(TokenKind kind, int length, int value, KeywordType keyword = KeywordType.Invalid)
        {
            Kind = kind;
            Length = length;
            Value = value;
            Keyword = keyword;
        }

        public bool IsNumber => Kind == TokenKind.Number;
        public bool IsFixedLengthNumber(int n) => Kind == TokenKind.Number && Length == n;
        public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Value == c;
        public bool IsAsciiSign => Kind == TokenKind.Symbol && (Value == '+' || Value == '-');
        public int AsciiSign => Value == '-' ? -1 : 1;
        public bool IsKeywordType(KeywordType t) => Kind == TokenKind.Keyword && Keyword == t;
        public bool IsKeywordZ => Kind == TokenKind.Keyword && Keyword == KeywordType.TimeZoneName && Length == 1 && Value == 0;
    }

    /// <summary>V8's DateStringTokenizer with one token of lookahead.</summary>
    private struct Scanner
    {
        private readonly string _s;
        private int _pos;
        private Token _next;

        public Scanner(string s)
        {
            _s = s;
            _pos = 0;
            _next = default;
            _next = Scan();
        }

        public Token Next()
        {
            Token t = _next;
            _next = Scan();
            return t;
        }

        public readonly Token Peek() => _next;

        public bool SkipSymbol(char c)
        {
            if (_next.IsSymbol(c)) { Next(); return true; }
            return false;
        }

        private char Ch => _pos < _s.Length ? _s[_pos] : '\0';

        private Token Scan()
        {
            int start = _pos;
            if (_pos >= _s.Length) return new Token(TokenKind.EndOfInput, 0, 0);
            char c = _s[_pos];
            if (c >= '0' && c <= '9')
            {
                // Up to 9 significant digits; leading zeros skipped, further digits dropped.
                while (Ch == '0') _pos++;
                int n = 0, i = 0;
                while (Ch >= '0' && Ch <= '9')
                {
                    if (i < 9) n = n * 10 + (Ch - '0');
                    i++;
                    _pos++;
                }
                return new Token(TokenKind.Number, _pos - start, n);
            }
            if (c == ':' || c == '-' || c == '+' || c == '.' || c == ')')
            {
                _pos++;
                return new Token(TokenKind.Symbol, 1, c);
            }
            if (c >= 'A' && !IsWhiteSpace(c))
            {
                Span<char> prefix = stackalloc char[3];
                prefix.Clear();
                int len = 0;
                while (_pos < _s.Length && _s[_pos] >= 'A' && !IsWhiteSpace(_s[_pos]))
                {
                    if (len < 3) prefix[len] = (char)(_s[_pos] | 0x20);
                    len++;
                    _pos++;
                }
                return LookupKeyword(prefix, len);
            }
            if (IsWhiteSpace(c) || IsLineTerminator(c))
            {
                _pos++;
                return new Token(TokenKind.WhiteSpace, 1, 0);
            }
            if (c == '(')
            {
                // Parenthesized comments, nested.
                int balance = 0;
                do
                {
                    if (Ch == ')') balance--;
                    else if (Ch == '(') balance++;
                    _pos++;
                } while (balance > 0 && _pos < _s.Length);
                return new Token(TokenKind.Unknown, 0, 0);
            }
            _pos++;
            return new Token(TokenKind.Unknown, 0, 0);
        }
    }

    private static bool IsWhiteSpace(char c) =>
        c == '\t' || c == '\v' || c == '\f' || c == ' ' || c == '\u00A0' || c == '\uFEFF' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';

    private static bool IsLineTerminator(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

    private static readonly (string Prefix, KeywordType Type, int Value)[] Keywords =
    {
        ("jan", KeywordType.MonthName, 1), ("feb", KeywordType.MonthName, 2), ("mar", KeywordType.MonthName, 3),
        ("apr", KeywordType.MonthName, 4), ("may", KeywordType.MonthName, 5), ("jun", KeywordType.MonthName, 6),
        ("jul", KeywordType.MonthName, 7), ("aug", KeywordType.MonthName, 8), ("sep", KeywordType.MonthName, 9),
        ("oct", KeywordType.MonthName, 10), ("nov", KeywordType.MonthName, 11), ("dec", KeywordType.MonthName, 12),
        ("am\0", KeywordType.AmPm, 0), ("pm\0", KeywordType.AmPm, 12),
        ("ut\0", KeywordType.TimeZoneName, 0), ("utc", KeywordType.TimeZoneName, 0), ("z\0\0", KeywordType.TimeZoneName, 0),
        ("gmt", KeywordType.TimeZoneName, 0), ("cdt", KeywordType.TimeZoneName, -5), ("cst", KeywordType.TimeZoneName, -6),
        ("edt", KeywordType.TimeZoneName, -4), ("est", KeywordType.TimeZoneName, -5), ("mdt", KeywordType.TimeZoneName, -6),
        ("mst", KeywordType.TimeZoneName, -7), ("pdt", KeywordType.TimeZoneName, -7), ("pst", KeywordType.TimeZoneName, -8),
        ("t\0\0", KeywordType.TimeSeparator, 0),
    };

    private static Token LookupKeyword(ReadOnlySpan<char> prefix, int length)
    {
        foreach (var (p, type, value) in Keywords)
        {
            if (prefix[0] == p[0] && prefix[1] == p[1] && prefix[2] == p[2]
                && (length <= 3 || type == KeywordType.MonthName))
                return new Token(TokenKind.Keyword, length, value, type);
        }
        return new Token(TokenKind.Keyword, length, 0, KeywordType.Invalid);
    }

    // ---- Composers ----------------------------------------------------------------------

    private static bool Between(int x, int lo, int hi) => x >= lo && x <= hi;
    private static bool IsMonth(int x) => Between(x, 1, 12);
    private static bool IsDay(int x) => Between(x, 1, 31);
    private static bool IsHour(int x) => Between(x, 0, 23);
    private static bool IsMinute(int x) => Between(x, 0, 59);
    private static bool IsSecond(int x) => Between(x, 0, 59);
    private static bool IsHour12(int x) => Between(x, 0, 12);
    private static bool IsMillisecond(int x) => Between(x, 0, 999);

    private struct DayComposer
    {
        private int _c0, _c1, _c2;
        public int Index;
        private int _namedMonth;
        private bool _isIsoDate;
        private bool _initialized;

        private void Init()
        {
            if (_initialized) return;
            _initialized = true;
            _namedMonth = None;
        }

        public readonly bool IsEmpty => Index == 0;

        public bool Add(int n)
        {
            Init();
            switch (Index)
            {
                case 0: _c0 = n; break;
                case 1: _c1 = n; break;
                case 2: _c2 = n; break;
                default: return false;
            }
            Index++;
            return true;
        }

        public void SetNamedMonth(int n) { Init(); _namedMonth = n; }
        public void SetIsoDate() => _isIsoDate = true;

        public bool Write(out int year, out int month, out int day)
        {
            Init();
            year = 0; month = 0; day = 0;
            if (Index < 1) return false;
            // Day and month default to 1.
            while (Index < 3) Add(1);
            int y = 0;     // the default year 0 becomes 2000 below
            int m, d;
            if (_namedMonth == None)
            {
                if (_isIsoDate || !IsDay(_c0)) { y = _c0; m = _c1; d = _c2; }
                else { m = _c0; d = _c1; y = _c2; }
            }
            else
            {
                m = _namedMonth;
                if (!IsDay(_c0)) { y = _c0; d = _c1; }
                else { d = _c0; y = _c1; }
            }
            if (!_isIsoDate)
            {
                if (Between(y, 0, 49)) y += 2000;
                else if (Between(y, 50, 99)) y += 1900;
            }
            if (!IsMonth(m) || !IsDay(d)) return false;
            year = y;
            month = m - 1;
            day = d;
            return true;
        }
    }

    private struct TimeComposer
    {
        private int _c0, _c1, _c2, _c3;
        public int Index;
        private int _hourOffset;
        private bool _hasHourOffset;

        public readonly bool IsEmpty => Index == 0;

        public readonly bool IsExpecting(int n) =>
            (Index == 1 && IsMinute(n)) || (Index == 2 && IsSecond(n)) || (Index == 3 && IsMillisecond(n));

        public bool Add(int n)
        {
            switch (Index)
            {
                case 0: _c0 = n; break;
                case 1: _c1 = n; break;
                case 2: _c2 = n; break;
                case 3: _c3 = n; break;
                default: return false;
            }
            Index++;
            return true;
        }

        public bool AddFinal(int n)
        {
            if (!Add(n)) return false;
            while (Index < 4) Add(0);
            return true;
        }

        public void SetHourOffset(int n) { _hourOffset = n; _hasHourOffset = true; }

        public bool Write(out int hour, out int minute, out int second, out int ms)
        {
            while (Index < 4) Add(0);
            hour = _c0; minute = _c1; second = _c2; ms = _c3;
            if (_hasHourOffset)
            {
                if (!IsHour12(hour)) return false;
                hour %= 12;
                hour += _hourOffset;
            }
            if (!IsHour(hour) || !IsMinute(minute) || !IsSecond(second) || !IsMillisecond(ms))
            {
                // 24:00:00.000 is allowed.
                if (hour != 24 || minute != 0 || second != 0 || ms != 0) return false;
            }
            return true;
        }
    }

    private struct TimeZoneComposer
    {
        private int _sign, _hour, _minute;
        private bool _initialized;

        private void Init()
        {
            if (_initialized) return;
            _initialized = true;
            _sign = None; _hour = None; _minute = None;
        }

        public void Set(int offsetHours)
        {
            Init();
            _sign = offsetHours < 0 ? -1 : 1;
            _hour = offsetHours * _sign;
            _minute = 0;
        }

        public void SetSign(int sign) { Init(); _sign = sign < 0 ? -1 : 1; }
        public void SetAbsoluteHour(int hour) { Init(); _hour = hour; }
        public void SetAbsoluteMinute(int minute) { Init(); _minute = minute; }

        public bool IsExpecting(int n) { Init(); return _hour != None && _minute == None && IsMinute(n); }
        public bool IsUtc { get { Init(); return _hour == 0 && _minute == 0; } }
        public bool IsEmpty { get { Init(); return _hour == None; } }

        /// <summary>False for local time; otherwise the offset east of UTC in seconds.</summary>
        public bool Write(out int offsetSeconds)
        {
            Init();
            offsetSeconds = 0;
            if (_sign == None) return false;
            if (_hour == None) _hour = 0;
            if (_minute == None) _minute = 0;
            long total = _hour * 3600L + _minute * 60L;
            if (total > int.MaxValue / 2) { offsetSeconds = int.MaxValue; return true; }   // NaN after range check
            offsetSeconds = (int)(_sign < 0 ? -total : total);
            return true;
        }
    }

    /// <summary>Three most significant digits of a fraction, given its digit count (V8's ReadMilliseconds).</summary>
    private static int ReadMilliseconds(Token number)
    {
        int n = number.Value;
        int length = number.Length;
        if (length == 1) return n * 100;
        if (length == 2) return n * 10;
        if (length > 3)
        {
            if (length > 9) length = 9;
            int factor = 1;
            do { factor *= 10; length--; } while (length > 3);
            n /= factor;
        }
        return n;
    }

    // ---- The two parsers ----------------------------------------------------------------

    /// <summary>
    /// The ES Date Time String Format, §21.4.1.32 (V8's ParseES5DateTime). Returns EndOfInput
    /// when the whole string matched, Invalid when it cannot be a date at all, or the first
    /// token the legacy parser should continue with.
    /// </summary>
    private static Token ParseIsoDateTime(ref Scanner scanner, ref DayComposer day, ref TimeComposer time, ref TimeZoneComposer tz)
    {
        // Date: [('-'|'+')yy]yyyy['-'MM['-'DD]]
        if (scanner.Peek().IsAsciiSign)
        {
            Token sign = scanner.Next();
            if (!scanner.Peek().IsFixedLengthNumber(6)) return sign;
            int year = scanner.Next().Value;
            if (sign.AsciiSign < 0 && year == 0) return sign;
            day.Add(sign.AsciiSign * year);
        }
        else if (scanner.Peek().IsFixedLengthNumber(4))
        {
            day.Add(scanner.Next().Value);
        }
        else
        {
            return scanner.Next();
        }
        if (scanner.SkipSymbol('-'))
        {
            if (!scanner.Peek().IsFixedLengthNumber(2) || !IsMonth(scanner.Peek().Value)) return scanner.Next();
            day.Add(scanner.Next().Value);
            if (scanner.SkipSymbol('-'))
            {
                if (!scanner.Peek().IsFixedLengthNumber(2) || !IsDay(scanner.Peek().Value)) return scanner.Next();
                day.Add(scanner.Next().Value);
            }
        }
        // Time: 'T'HH':'mm[':'ss['.'sss]][Z|(+|-)hh:mm]
        if (!scanner.Peek().IsKeywordType(KeywordType.TimeSeparator))
        {
            if (scanner.Peek().Kind != TokenKind.EndOfInput) return scanner.Next();
        }
        else
        {
            scanner.Next();
            if (!scanner.Peek().IsFixedLengthNumber(2) || !Between(scanner.Peek().Value, 0, 24)) return default;
            // 24:00[:00[.000]] only.
            bool hourIs24 = scanner.Peek().Value == 24;
            time.Add(scanner.Next().Value);
            if (!scanner.SkipSymbol(':')) return default;
            if (!scanner.Peek().IsFixedLengthNumber(2) || !IsMinute(scanner.Peek().Value) || (hourIs24 && scanner.Peek().Value > 0)) return default;
            time.Add(scanner.Next().Value);
            if (scanner.SkipSymbol(':'))
            {
                if (!scanner.Peek().IsFixedLengthNumber(2) || !IsSecond(scanner.Peek().Value) || (hourIs24 && scanner.Peek().Value > 0)) return default;
                time.Add(scanner.Next().Value);
                if (scanner.SkipSymbol('.'))
                {
                    if (!scanner.Peek().IsNumber || (hourIs24 && scanner.Peek().Value > 0)) return default;
                    // More or fewer than three digits are accepted.
                    time.Add(ReadMilliseconds(scanner.Next()));
                }
            }
            if (scanner.Peek().IsKeywordZ)
            {
                scanner.Next();
                tz.Set(0);
            }
            else if (scanner.Peek().IsSymbol('+') || scanner.Peek().IsSymbol('-'))
            {
                tz.SetSign(scanner.Next().Value == '+' ? 1 : -1);
                if (scanner.Peek().IsFixedLengthNumber(4))
                {
                    // hhmm extension.
                    int hourMin = scanner.Next().Value;
                    int hour = hourMin / 100, min = hourMin % 100;
                    if (!IsHour(hour) || !IsMinute(min)) return default;
                    tz.SetAbsoluteHour(hour);
                    tz.SetAbsoluteMinute(min);
                }
                else
                {
                    if (!scanner.Peek().IsFixedLengthNumber(2) || !IsHour(scanner.Peek().Value)) return default;
                    tz.SetAbsoluteHour(scanner.Next().Value);
                    if (!scanner.SkipSymbol(':')) return default;
                    if (!scanner.Peek().IsFixedLengthNumber(2) || !IsMinute(scanner.Peek().Value)) return default;
                    tz.SetAbsoluteMinute(scanner.Next().Value);
                }
            }
            if (scanner.Peek().Kind != TokenKind.EndOfInput) return default;
        }
        // Date-only forms are UTC; date-time forms without an offset are local time.
        if (tz.IsEmpty && time.IsEmpty) tz.Set(0);
        day.SetIsoDate();
        return new Token(TokenKind.EndOfInput, 0, 0);
    }

    /// <summary>V8's legacy date parser loop (DateParser::Parse after ParseES5DateTime).</summary>
    private static bool ParseLegacy(ref Scanner scanner, Token first, ref DayComposer day, ref TimeComposer time, ref TimeZoneComposer tz)
    {
        bool hasReadNumber = !day.IsEmpty;
        for (Token token = first; token.Kind != TokenKind.EndOfInput; token = scanner.Next())
        {
            if (token.IsNumber)
            {
                hasReadNumber = true;
                int n = token.Value;
                if (scanner.SkipSymbol(':'))
                {
                    if (scanner.SkipSymbol(':'))
                    {
                        // n + "::"
                        if (!time.IsEmpty) return false;
                        time.Add(n);
                        time.Add(0);
                    }
                    else
                    {
                        // n + ":"
                        if (!time.Add(n)) return false;
                        if (scanner.Peek().IsSymbol('.')) scanner.Next();
                    }
                }
                else if (scanner.SkipSymbol('.') && time.IsExpecting(n))
                {
                    time.Add(n);
                    if (!scanner.Peek().IsNumber) return false;
                    int ms = ReadMilliseconds(scanner.Next());
                    if (ms < 0) return false;
                    time.AddFinal(ms);
                }
                else if (tz.IsExpecting(n))
                {
                    tz.SetAbsoluteMinute(n);
                }
                else if (time.IsExpecting(n))
                {
                    time.AddFinal(n);
                    // End, white space, "Z", "+" or "-" must follow a finished time.
                    Token peek = scanner.Peek();
                    if (peek.Kind != TokenKind.EndOfInput && peek.Kind != TokenKind.WhiteSpace && !peek.IsKeywordZ && !peek.IsAsciiSign)
                        return false;
                }
                else
                {
                    if (!day.Add(n)) return false;
                    scanner.SkipSymbol('-');
                }
            }
            else if (token.Kind == TokenKind.Keyword)
            {
                if (token.Keyword == KeywordType.AmPm && !time.IsEmpty)
                {
                    time.SetHourOffset(token.Value);
                }
                else if (token.Keyword == KeywordType.MonthName)
                {
                    day.SetNamedMonth(token.Value);
                    scanner.SkipSymbol('-');
                }
                else if (token.Keyword == KeywordType.TimeZoneName && hasReadNumber)
                {
                    tz.Set(token.Value);
                }
                else
                {
                    // Garbage words are illegal once a number has been read, and must be
                    // separated from the first number.
                    if (hasReadNumber) return false;
                    if (scanner.Peek().IsNumber) return false;
                }
            }
            else if (token.IsAsciiSign && (tz.IsUtc || !time.IsEmpty))
            {
                // A UTC offset, only after UTC/GMT or a time.
                tz.SetSign(token.AsciiSign);
                int n = 0, length = 0;
                if (scanner.Peek().IsNumber)
                {
                    Token number = scanner.Next();
                    length = number.Length;
                    n = number.Value;
                }
                hasReadNumber = true;
                if (scanner.Peek().IsSymbol(':'))
                {
                    tz.SetAbsoluteHour(n);
                    tz.SetAbsoluteMinute(None);
                }
                else if (length == 1 || length == 2)
                {
                    // GMT-8
                    tz.SetAbsoluteHour(n);
                    tz.SetAbsoluteMinute(0);
                }
                else if (length == 3 || length == 4)
                {
                    // GMT-0800
                    tz.SetAbsoluteHour(n / 100);
                    tz.SetAbsoluteMinute(n % 100);
                }
                else
                {
                    return false;
                }
            }
            else if ((token.IsAsciiSign || token.IsSymbol(')')) && hasReadNumber)
            {
                // Extra signs and unmatched ')' are illegal after a number.
                return false;
            }
            // Anything else (white space, other characters) is ignored.
        }
        return true;
    }
}
