using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>
/// A CSAF document or revision version (<c>version_t</c>, CSAF 2.0 §3.1.11): either integer versioning ("0", "1", "2" …)
/// or semantic versioning ("1.0.0-rc.1+build.5"). Immutable; an invalid value cannot be constructed.
/// </summary>
[JsonConverter(typeof(DocumentVersionJsonConverter))]
public sealed class DocumentVersion : IEquatable<DocumentVersion>, IComparable<DocumentVersion>
{
    private DocumentVersion(string text, long major, long minor, long patch, string? preRelease, string? build, bool isInteger)
    {
        Text = text;
        Major = major;
        Minor = minor;
        Patch = patch;
        PreRelease = preRelease;
        Build = build;
        IsInteger = isInteger;
    }

    /// <summary>The version as written.</summary>
    public string Text { get; }

    /// <summary>The integer version, or the major part of a semantic version.</summary>
    public long Major { get; }

    /// <summary>The minor part (0 for integer versions).</summary>
    public long Minor { get; }

    /// <summary>The patch part (0 for integer versions).</summary>
    public long Patch { get; }

    /// <summary>The pre-release part after '-', without the dash, or null.</summary>
    public string? PreRelease { get; }

    /// <summary>The build metadata after '+', without the plus, or null.</summary>
    public string? Build { get; }

    /// <summary>True for integer versioning, false for semantic versioning.</summary>
    public bool IsInteger { get; }

    /// <summary>True for "0" or "0.y.z": a version that has never been released.</summary>
    public bool IsZero => Major == 0;

    /// <summary>Parses a version; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static DocumentVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is neither an integer version nor a semantic version");
    }

    /// <summary>Parses a version, returning false when it is neither an integer nor a semantic version.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DocumentVersion? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text) || text.Length > 256)
        {
            return false;
        }

        if (IsNumber(text))
        {
            version = new DocumentVersion(text, ParseNumber(text), 0, 0, null, null, isInteger: true);
            return true;
        }

        var core = text;
        string? build = null;
        var plus = core.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            build = core[(plus + 1)..];
            core = core[..plus];
            if (!Identifiers(build, numericNoLeadingZero: false))
            {
                return false;
            }
        }

        string? pre = null;
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            pre = core[(dash + 1)..];
            core = core[..dash];
            if (!Identifiers(pre, numericNoLeadingZero: true))
            {
                return false;
            }
        }

        var parts = core.Split('.');
        if (parts.Length != 3 || !parts.All(IsNumber))
        {
            return false;
        }

        version = new DocumentVersion(text, ParseNumber(parts[0]), ParseNumber(parts[1]), ParseNumber(parts[2]), pre, build, isInteger: false);
        return true;
    }

    /// <summary>This version without build metadata and, when asked, without its pre-release part.</summary>
    public string Normalized(bool ignorePreRelease) => IsInteger
        ? Text
        : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}") + (ignorePreRelease || PreRelease is null ? "" : "-" + PreRelease);

    /// <summary>Orders by semantic-versioning precedence (build metadata ignored); integer versions compare as numbers.</summary>
    public int CompareTo(DocumentVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        if (PreRelease is null || other.PreRelease is null)
        {
            return (PreRelease is null ? 1 : 0) - (other.PreRelease is null ? 1 : 0);
        }

        var left = PreRelease.Split('.');
        var right = other.PreRelease.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = IsNumber(left[i]);
            var rightNumeric = IsNumber(right[i]);
            var result = (leftNumeric, rightNumeric) switch
            {
                (true, true) => left[i].Length != right[i].Length ? left[i].Length.CompareTo(right[i].Length) : string.CompareOrdinal(left[i], right[i]),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (result != 0)
            {
                return Math.Sign(result);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <inheritdoc/>
    public bool Equals(DocumentVersion? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentVersion);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The version as written.</summary>
    public override string ToString() => Text;

    /// <summary>Equal when written the same way.</summary>
    public static bool operator ==(DocumentVersion? left, DocumentVersion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Not written the same way.</summary>
    public static bool operator !=(DocumentVersion? left, DocumentVersion? right) => !(left == right);

    /// <summary>Lower precedence.</summary>
    public static bool operator <(DocumentVersion? left, DocumentVersion? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Lower or the same precedence.</summary>
    public static bool operator <=(DocumentVersion? left, DocumentVersion? right) => left is null || left.CompareTo(right) <= 0;

    /// <summary>Higher precedence.</summary>
    public static bool operator >(DocumentVersion? left, DocumentVersion? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Higher or the same precedence.</summary>
    public static bool operator >=(DocumentVersion? left, DocumentVersion? right) => left is null ? right is null : left.CompareTo(right) >= 0;

    private static bool IsNumber(string text) =>
        text.Length > 0 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0');

    // Values beyond long are kept comparable by saturating: such versions are absurd but must not crash.
    private static long ParseNumber(string digits) =>
        long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : long.MaxValue;

    private static bool Identifiers(string text, bool numericNoLeadingZero) =>
        text.Length > 0 && text.Split('.').All(part => part.Length > 0
            && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && (!numericNoLeadingZero || !part.All(char.IsAsciiDigit) || IsNumber(part)));
}

/// <summary>Reads and writes <see cref="DocumentVersion"/> as a JSON string.</summary>
internal sealed class DocumentVersionJsonConverter : JsonConverter<DocumentVersion>
{
    public override DocumentVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return DocumentVersion.TryParse(text, out var version)
            ? version
            : throw new JsonException($"'{text}' is not a CSAF version (an integer or a semantic version)");
    }

    public override void Write(Utf8JsonWriter writer, DocumentVersion value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}
