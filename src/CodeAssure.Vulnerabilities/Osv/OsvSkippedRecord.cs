namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>A record that was not imported, where it was, and why.</summary>
/// <param name="Location">The file, or <c>zip!entry</c>, or URL.</param>
/// <param name="Reason">What was wrong, naming the field where it can.</param>
public sealed record OsvSkippedRecord(string Location, string Reason);
