namespace CodeAssure.Checks.SecurityTxt;

/// <summary>One field as written in the file: its name as spelt there, its value (folded lines joined) and its line.</summary>
/// <param name="Name">The field name as written (names compare case-insensitively).</param>
/// <param name="Value">The value after "name: ", without trailing white space.</param>
/// <param name="Line">The 1-based line the field starts on.</param>
public sealed record SecurityTxtField(string Name, string Value, int Line)
{
    /// <summary>Whether this field has the given name, ignoring case as RFC 9116 section 2 requires.</summary>
    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);
}
