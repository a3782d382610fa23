namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>A YAML scalar: its text as YAML resolved it, and whether it was written plain (so <c>true</c> is a boolean).</summary>
internal sealed class YamlScalar(string value, bool plain, int line, int column, long start) : YamlNode(line, column, start)
{
    /// <summary>The scalar's value.</summary>
    public string Value { get; } = value;

    /// <summary>True when the scalar was written without quotes or block indicators.</summary>
    public bool Plain { get; } = plain;

    /// <inheritdoc />
    public override string? Text => Value;

    /// <summary>True for YAML's boolean true spellings (CI systems accept "true" quoted too).</summary>
    public bool IsTrue => Value.Trim() is "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON";
}
