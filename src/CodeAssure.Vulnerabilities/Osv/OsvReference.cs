namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>A link to more information.</summary>
/// <param name="Type">ADVISORY, ARTICLE, DETECTION, DISCUSSION, REPORT, FIX, INTRODUCED, GIT, PACKAGE, EVIDENCE or WEB.</param>
/// <param name="Url">The address.</param>
public sealed record OsvReference(string Type, string Url);
