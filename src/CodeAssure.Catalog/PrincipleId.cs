using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CodeAssure.Catalog;

/// <summary>
/// The id of a principle of the final Code, "theme.number" (e.g. <c>4.2</c>). Also used for the draft's
/// provisions, which share the same shape. A value of this type is always well formed.
/// </summary>
public readonly record struct PrincipleId : IComparable<PrincipleId>
{
    private PrincipleId(int theme, int number)
    {
        Theme = theme;
        Number = number;
    }

    /// <summary>The theme number (1–9).</summary>
    public int Theme { get; }

    /// <summary>The principle's number within its theme.</summary>
    public int Number { get; }

    /// <summary>Parses "theme.number"; throws <see cref="FormatException"/> when the text is not such an id.</summary>
    public static PrincipleId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a principle id (expected theme.number, e.g. 1.2)");

    /// <summary>Parses "theme.number" without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PrincipleId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Split('.');
        if (parts.Length != 2 || !IdNumber.TryParse(parts[0], out var theme) || !IdNumber.TryParse(parts[1], out var number) || theme > 9)
        {
            return false;
        }

        id = new PrincipleId(theme, number);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PrincipleId other) =>
        Theme != other.Theme ? Theme.CompareTo(other.Theme) : Number.CompareTo(other.Number);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Theme}.{Number}");

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator <(PrincipleId left, PrincipleId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator <=(PrincipleId left, PrincipleId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator >(PrincipleId left, PrincipleId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids as the Code numbers them.</summary>
    public static bool operator >=(PrincipleId left, PrincipleId right) => left.CompareTo(right) >= 0;
}
