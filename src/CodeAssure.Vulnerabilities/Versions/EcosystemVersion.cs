namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// What every ecosystem's parsed version shares: the text as written, ordering by that ecosystem's rules, and
/// equality meaning "orders the same" (so <c>1.0</c> equals <c>1.0.0</c> where the ecosystem says so).
/// </summary>
/// <typeparam name="TSelf">The ecosystem's version type.</typeparam>
public abstract class EcosystemVersion<TSelf> : IComparable<TSelf>, IComparable, IEquatable<TSelf>
    where TSelf : EcosystemVersion<TSelf>
{
    private protected EcosystemVersion(string text)
    {
        Text = text;
    }

    /// <summary>The version as written (surrounding whitespace removed).</summary>
    public string Text { get; }

    /// <summary>A string that is the same for two versions exactly when they order as equal; it drives hashing.</summary>
    private protected abstract string EqualityKey { get; }

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    public static bool operator <(EcosystemVersion<TSelf>? left, EcosystemVersion<TSelf>? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    public static bool operator >(EcosystemVersion<TSelf>? left, EcosystemVersion<TSelf>? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(EcosystemVersion<TSelf>? left, EcosystemVersion<TSelf>? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(EcosystemVersion<TSelf>? left, EcosystemVersion<TSelf>? right) => Compare(left, right) >= 0;

    /// <summary>Whether the two order as equal.</summary>
    public static bool operator ==(EcosystemVersion<TSelf>? left, EcosystemVersion<TSelf>? right) => Compare(left, right) == 0;

    /// <summary>Whether the two order differently.</summary>
    public static bool operator !=(EcosystemVersion<TSelf>? left, EcosystemVersion<TSelf>? right) => Compare(left, right) != 0;

    /// <summary>Orders this version against another of the same ecosystem; null sorts first.</summary>
    public abstract int CompareTo(TSelf? other);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        TSelf other => CompareTo(other),
        _ => throw new ArgumentException($"not a {typeof(TSelf).Name}", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(TSelf? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(EqualityKey);

    /// <inheritdoc />
    public override string ToString() => Text;

    private static int Compare(EcosystemVersion<TSelf>? left, EcosystemVersion<TSelf>? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo((TSelf?)right);
}
