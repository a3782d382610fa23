using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CodeAssure.Catalog;

/// <summary>
/// The id of an assurance claim: the APC's own "theme.principle.number" (e.g. <c>1.2.3</c>), or
/// "theme.principle.T<i>n</i>" for a claim that appears only in NCSC's claims-tree diagrams
/// (e.g. <c>1.2.T1</c>), so that such claims can never collide with a future official id.
/// </summary>
public readonly record struct ClaimId : IComparable<ClaimId>
{
    private ClaimId(PrincipleId principle, int number, bool fromTree)
    {
        Principle = principle;
        Number = number;
        IsFromTree = fromTree;
    }

    /// <summary>The principle this claim belongs to, read from the id itself.</summary>
    public PrincipleId Principle { get; }

    /// <summary>The claim's number within its principle.</summary>
    public int Number { get; }

    /// <summary>True for a claim taken from the claims-tree diagrams rather than the APC's list.</summary>
    public bool IsFromTree { get; }

    /// <summary>Parses a claim id; throws <see cref="FormatException"/> when the text is not one.</summary>
    public static ClaimId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a claim id (expected theme.principle.number, e.g. 1.2.3)");

    /// <summary>Parses a claim id without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ClaimId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        var lastDot = text.LastIndexOf('.');
        if (lastDot < 0 || !PrincipleId.TryParse(text[..lastDot], out var principle))
        {
            return false;
        }

        var last = text[(lastDot + 1)..];
        var fromTree = last.StartsWith('T');
        if (!IdNumber.TryParse(fromTree ? last[1..] : last, out var number))
        {
            return false;
        }

        id = new ClaimId(principle, number, fromTree);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(ClaimId other)
    {
        var byPrinciple = Principle.CompareTo(other.Principle);
        if (byPrinciple != 0)
        {
            return byPrinciple;
        }

        // Official claims come before claims-tree claims of the same principle.
        return IsFromTree != other.IsFromTree ? IsFromTree.CompareTo(other.IsFromTree) : Number.CompareTo(other.Number);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Principle}.{(IsFromTree ? "T" : "")}{Number}");

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator <(ClaimId left, ClaimId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator <=(ClaimId left, ClaimId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator >(ClaimId left, ClaimId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator >=(ClaimId left, ClaimId right) => left.CompareTo(right) >= 0;
}
