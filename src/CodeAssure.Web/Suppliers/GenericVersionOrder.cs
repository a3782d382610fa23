using System.Globalization;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Orders version strings of no known scheme (vendors' product versions such as <c>2.4.10</c>, <c>2024.1-hotfix2</c>):
/// split on dots, dashes, underscores and plus signs, numbers compared as numbers, other parts case-insensitively,
/// a missing part before any present one (<c>2.4</c> &lt; <c>2.4.0</c> is not claimed: trailing zeros are equal).
/// </summary>
internal sealed class GenericVersionOrder : IComparer<string>
{
    /// <summary>The one instance (the order has no state).</summary>
    public static GenericVersionOrder Instance { get; } = new();

    private static readonly char[] Separators = ['.', '-', '_', '+', '~'];

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var left = Parts(x);
        var right = Parts(y);
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "0";
            var b = i < right.Length ? right[i] : "0";
            var aNumber = long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var na);
            var bNumber = long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var nb);
            var result = (aNumber, bNumber) switch
            {
                (true, true) => na.CompareTo(nb),
                // A textual part (a pre-release such as "rc1") sorts before a number at the same place.
                (true, false) => 1,
                (false, true) => -1,
                _ => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
            };
            if (result != 0)
            {
                return Math.Sign(result);
            }
        }

        return 0;
    }

    private static string[] Parts(string? version)
    {
        var text = (version ?? "").Trim();
        if (text.Length > 1 && (text[0] == 'v' || text[0] == 'V') && char.IsAsciiDigit(text[1]))
        {
            text = text[1..];
        }

        return text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
    }
}
