using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// An Alpine package version <c>1.2.3[letter][_suffix[N]]…[-rN]</c>, ordered as apk-tools orders it: numbers
/// numerically (extra leading zeros after a dot count against a component, e.g. <c>1.001</c> &lt; <c>1.01</c>), then an
/// optional single letter, then suffixes where <c>_alpha</c> &lt; <c>_beta</c> &lt; <c>_pre</c> &lt; <c>_rc</c>
/// &lt; no suffix &lt; <c>_cvs</c> &lt; <c>_svn</c> &lt; <c>_git</c> &lt; <c>_hg</c> &lt; <c>_p</c>, then the
/// package revision <c>-rN</c> (absent = <c>-r0</c>). As with apk-tools 2, a version with an invalid part is not
/// rejected but ordered by what comes before that part (see <see cref="IsValid"/>).
/// </summary>
public sealed class AlpineVersion : EcosystemVersion<AlpineVersion>
{
    private static readonly string[] PreSuffixes = ["alpha", "beta", "pre", "rc"];
    private static readonly string[] PostSuffixes = ["cvs", "svn", "git", "hg", "p"];

    private readonly Token[] tokens;

    private AlpineVersion(string text, Token[] tokens, string? problem)
        : base(text)
    {
        this.tokens = tokens;
        Problem = problem;
    }

    // apk-tools' token kinds, in its order: comparing kinds decides which of two diverging versions is newer.
    private enum Kind
    {
        Invalid = -1,
        DigitOrZero = 0,
        Digit = 1,
        Letter = 2,
        Suffix = 3,
        SuffixNumber = 4,
        Revision = 5,
        End = 6,
    }

    /// <summary>Whether apk-tools considers the version valid (<c>apk version -c</c>); invalid ones are still ordered.</summary>
    public bool IsValid => Problem is null;

    /// <summary>Why apk-tools considers the version invalid, or null when it is valid.</summary>
    public string? Problem { get; }

    /// <summary>
    /// Reads an Alpine version. Like <c>apk version -t</c>, text with an invalid part is still ordered (by the part
    /// before it), so only empty, overlong or unprintable text fails; <see cref="IsValid"/> tells the rest apart.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out AlpineVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var tokens = Tokenize(value, out var invalidAt);
        var problem = invalidAt < 0 ? null : $"unexpected text at position {invalidAt + 1} (expected numbers, a letter, _suffixes and -rN)";
        version = new AlpineVersion(value, tokens, problem);
        return true;
    }

    /// <summary>Reads an Alpine version; throws <see cref="InvalidVersionException"/> for empty or unprintable text.</summary>
    public static AlpineVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => string.Join('.', tokens.Select(t => $"{(int)t.Kind}:{t.Value}"));

    /// <inheritdoc />
    public override int CompareTo(AlpineVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var i = 0;
        while (true)
        {
            var left = tokens[i];
            var right = other.tokens[i];
            if (left.Kind != right.Kind || left.Kind is Kind.End or Kind.Invalid)
            {
                break;
            }

            var order = left.Value.CompareTo(right.Value);
            if (order != 0)
            {
                return order;
            }

            i++;
        }

        var a = tokens[i];
        var b = other.tokens[i];
        if (a.Kind == b.Kind)
        {
            return 0;
        }

        // Where one version goes on and the other does not, more is newer — unless the more is a pre-release suffix.
        if (a.Kind == Kind.Suffix && a.Value < 0)
        {
            return -1;
        }

        if (b.Kind == Kind.Suffix && b.Value < 0)
        {
            return 1;
        }

        return a.Kind > b.Kind ? -1 : 1;
    }

    // Reads the version as apk-tools does: each token's kind follows from the previous kind and the next character.
    private static Token[] Tokenize(string text, out int invalidAt)
    {
        var tokens = new List<Token>();
        var kind = Kind.Digit;
        var position = 0;
        invalidAt = -1;
        while (true)
        {
            if (position >= text.Length)
            {
                // A separator with nothing after it ("1-r") reads as 0, as apk-tools reads it.
                tokens.Add(new Token(kind, 0));
                tokens.Add(new Token(Kind.End, 0));
                return [.. tokens];
            }

            var start = position;
            BigInteger value;
            var nextKind = Kind.Invalid;
            switch (kind)
            {
                case Kind.DigitOrZero when text[position] == '0':
                    // Leading zeros after a dot: each zero beyond the first counts against the component (so 1.001 <
                    // 1.01), and the digits from the last zero on are then read as a number; a plain ".0" stays 0.
                    while (position + 1 < text.Length && text[position + 1] == '0')
                    {
                        position++;
                    }

                    value = -(position - start);
                    nextKind = Kind.Digit;
                    break;
                case Kind.DigitOrZero or Kind.Digit or Kind.SuffixNumber or Kind.Revision:
                    while (position < text.Length && char.IsAsciiDigit(text[position]))
                    {
                        position++;
                    }

                    value = VersionText.Number(text.AsSpan(start, position - start));
                    break;
                case Kind.Letter:
                    value = text[position];
                    position++;
                    break;
                case Kind.Suffix:
                    if (!TryReadSuffix(text, ref position, out value))
                    {
                        // An unknown suffix reads as -1 (like a pre-release) and ends the version.
                        tokens.Add(new Token(kind, -1));
                        tokens.Add(new Token(Kind.Invalid, 0));
                        invalidAt = start;
                        return [.. tokens];
                    }

                    break;
                default:
                    tokens.Add(new Token(Kind.Invalid, 0));
                    invalidAt = start;
                    return [.. tokens];
            }

            tokens.Add(new Token(kind, value));
            if (position >= text.Length)
            {
                tokens.Add(new Token(Kind.End, 0));
                return [.. tokens];
            }

            if (nextKind != Kind.Invalid)
            {
                kind = nextKind;
                continue;
            }

            var separator = position;
            kind = NextKind(kind, text, ref position);
            if (kind == Kind.Invalid)
            {
                tokens.Add(new Token(Kind.Invalid, 0));
                invalidAt = separator;
                return [.. tokens];
            }
        }
    }

    private static bool TryReadSuffix(string text, ref int position, out BigInteger value)
    {
        var rest = text.AsSpan(position);
        for (var i = 0; i < PreSuffixes.Length; i++)
        {
            if (rest.StartsWith(PreSuffixes[i], StringComparison.Ordinal))
            {
                position += PreSuffixes[i].Length;
                value = i - PreSuffixes.Length;
                return true;
            }
        }

        for (var i = 0; i < PostSuffixes.Length; i++)
        {
            if (rest.StartsWith(PostSuffixes[i], StringComparison.Ordinal))
            {
                position += PostSuffixes[i].Length;
                value = i;
                return true;
            }
        }

        value = 0;
        return false;
    }

    // What may follow a token of kind `current`; consumes the separator ('.', '_', '-r').
    private static Kind NextKind(Kind current, string text, ref int position)
    {
        var c = text[position];
        Kind next;
        if ((current is Kind.Digit or Kind.DigitOrZero) && char.IsAsciiLetterLower(c))
        {
            next = Kind.Letter;
        }
        else if (current == Kind.Letter && char.IsAsciiDigit(c))
        {
            next = Kind.Digit;
        }
        else if (current == Kind.Suffix && char.IsAsciiDigit(c))
        {
            next = Kind.SuffixNumber;
        }
        else
        {
            switch (c)
            {
                case '.':
                    next = Kind.DigitOrZero;
                    break;
                case '_':
                    next = Kind.Suffix;
                    break;
                case '-' when position + 1 < text.Length && text[position + 1] == 'r':
                    next = Kind.Revision;
                    position++;
                    break;
                default:
                    return Kind.Invalid;
            }

            position++;
        }

        // Kinds only move forward, except '.' after a number, '_' after a suffix number and a digit after a letter.
        if (next < current
            && !(next == Kind.DigitOrZero && current == Kind.Digit)
            && !(next == Kind.Suffix && current == Kind.SuffixNumber)
            && !(next == Kind.Digit && current == Kind.Letter))
        {
            return Kind.Invalid;
        }

        return next;
    }

    private readonly record struct Token(Kind Kind, BigInteger Value);
}
