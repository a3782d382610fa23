namespace CodeAssure.Checks.SecureDefaults;

/// <summary>One password setting read from a configuration or seed file: its key (or column), its value and the 1-based line.</summary>
/// <param name="Key">The key, column or "connection string"/"URL" for values found inside another value.</param>
/// <param name="Value">The value, unquoted.</param>
/// <param name="Line">The 1-based line.</param>
internal sealed record ConfigurationEntry(string Key, string Value, int Line);
