using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Maven artifact version, ordered by Maven's <c>ComparableVersion</c> rules. The text is split into items at
/// <c>.</c>, at <c>-</c> (which also opens a nested list, so <c>1-1</c> &lt; <c>1.1</c>) and at every change between
/// digits and letters. Numbers compare numerically and beat qualifiers; qualifiers order
/// <c>alpha</c> &lt; <c>beta</c> &lt; <c>milestone</c> &lt; <c>rc</c> = <c>cr</c> &lt; <c>snapshot</c> &lt;
/// release (<c>""</c> = <c>ga</c> = <c>final</c> = <c>release</c>) &lt; <c>sp</c>, then unknown qualifiers in
/// lexical order, all case-insensitively; <c>a1</c>, <c>b1</c>, <c>m1</c> are <c>alpha-1</c>, <c>beta-1</c>,
/// <c>milestone-1</c>. Trailing zeros and release qualifiers are insignificant (<c>1</c> = <c>1.0</c> =
/// <c>1-ga</c>). Maven accepts any text as a version, so nothing printable is rejected.
/// </summary>
public sealed class MavenVersion : EcosystemVersion<MavenVersion>
{
    private static readonly string[] KnownQualifiers = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];

    // The comparable form of the release qualifier: what an absent item is compared as.
    private static readonly string ReleaseRank = Rank("");

    private readonly List<object> items;

    private MavenVersion(string text, List<object> items)
        : base(text)
    {
        this.items = items;
    }

    /// <summary>The normalised item tree, sub-lists in brackets (<c>1.0-beta-1</c> → <c>1.[beta.[1]]</c>); equal versions render the same.</summary>
    public string Canonical => Render(items);

    /// <summary>Reads a Maven version; fails only for empty, overlong or unprintable text.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out MavenVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        version = new MavenVersion(value, ParseItems(value.ToLowerInvariant()));
        return true;
    }

    /// <summary>Reads a Maven version; throws <see cref="InvalidVersionException"/> for empty or unprintable text.</summary>
    public static MavenVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => Canonical;

    /// <inheritdoc />
    public override int CompareTo(MavenVersion? other) => other is null ? 1 : CompareLists(items, other.items);

    // Items are BigInteger (number), Qualifier (string) or List<object> (a '-' or digit/letter sub-list).
    private static List<object> ParseItems(string version)
    {
        var root = new List<object>();
        var list = root;
        var stack = new Stack<List<object>>();
        stack.Push(list);
        var isDigit = false;
        var start = 0;

        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i];
            if (c == '.')
            {
                list.Add(i == start ? BigInteger.Zero : Item(version[start..i], isDigit, followedByDigit: false));
                start = i + 1;
            }
            else if (c == '-')
            {
                list.Add(i == start ? BigInteger.Zero : Item(version[start..i], isDigit, followedByDigit: false));
                start = i + 1;
                list = OpenSubList(list, stack);
            }
            else if (char.IsAsciiDigit(c))
            {
                if (!isDigit && i > start)
                {
                    // Letters then digits ("rc1"): the letters are a qualifier directly followed by a number.
                    list.Add(Item(version[start..i], isDigit: false, followedByDigit: true));
                    start = i;
                    list = OpenSubList(list, stack);
                }

                isDigit = true;
            }
            else
            {
                if (isDigit && i > start)
                {
                    list.Add(Item(version[start..i], isDigit: true, followedByDigit: false));
                    start = i;
                    list = OpenSubList(list, stack);
                }

                isDigit = false;
            }
        }

        if (version.Length > start)
        {
            list.Add(Item(version[start..], isDigit, followedByDigit: false));
        }

        while (stack.Count > 0)
        {
            Normalize(stack.Pop());
        }

        return root;
    }

    private static List<object> OpenSubList(List<object> list, Stack<List<object>> stack)
    {
        var sub = new List<object>();
        list.Add(sub);
        stack.Push(sub);
        return sub;
    }

    private static object Item(string text, bool isDigit, bool followedByDigit)
    {
        if (isDigit)
        {
            return VersionText.Number(text);
        }

        if (followedByDigit && text.Length == 1)
        {
            text = text[0] switch { 'a' => "alpha", 'b' => "beta", 'm' => "milestone", _ => text };
        }

        return new Qualifier(text switch
        {
            "ga" or "final" or "release" => "",
            "cr" => "rc",
            _ => text,
        });
    }

    // Drops trailing "null" items (0, release qualifiers, empty lists), looking past nested lists.
    private static void Normalize(List<object> list)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var item = list[i];
            if (IsNull(item))
            {
                list.RemoveAt(i);
            }
            else if (item is not List<object>)
            {
                break;
            }
        }
    }

    private static bool IsNull(object item) => item switch
    {
        BigInteger number => number.IsZero,
        Qualifier qualifier => qualifier.Value.Length == 0,
        List<object> list => list.Count == 0,
        _ => false,
    };

    // Known qualifiers rank by position; unknown ones after all of them, among themselves by text.
    private static string Rank(string qualifier)
    {
        var index = Array.IndexOf(KnownQualifiers, qualifier);
        return index >= 0 ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{KnownQualifiers.Length}-{qualifier}";
    }

    // Compares one item with another; null stands for "no item here" (the other version is longer).
    private static int CompareItem(object? left, object? right)
    {
        switch (left)
        {
            case null:
                return right is null ? 0 : -CompareItem(right, null);
            case BigInteger number:
                return right switch
                {
                    null => number.IsZero ? 0 : 1,
                    BigInteger other => number.CompareTo(other),
                    _ => 1, // a number beats a qualifier and a sub-list
                };
            case Qualifier qualifier:
                return right switch
                {
                    null => string.CompareOrdinal(Rank(qualifier.Value), ReleaseRank),
                    BigInteger => -1,
                    Qualifier other => string.CompareOrdinal(Rank(qualifier.Value), Rank(other.Value)),
                    _ => -1, // a qualifier sorts before a sub-list
                };
            case List<object> list:
                return right switch
                {
                    null => list.Count == 0 ? 0 : CompareItem(list[0], null),
                    BigInteger => -1,
                    Qualifier => 1,
                    List<object> other => CompareLists(list, other),
                    _ => 0,
                };
            default:
                return 0;
        }
    }

    private static int CompareLists(List<object> left, List<object> right)
    {
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var order = CompareItem(i < left.Count ? left[i] : null, i < right.Count ? right[i] : null);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static string Render(List<object> list) =>
        string.Join('.', list.Select(item => item switch
        {
            List<object> sub => "[" + Render(sub) + "]",
            Qualifier q => q.Value.Length == 0 ? "ga" : q.Value,
            _ => item.ToString(),
        }));

    private sealed record Qualifier(string Value);
}
