namespace CodeAssure.Advisories.Csaf.Authoring;

/// <summary>Who issues an advisory: CSAF <c>document.publisher</c>, always of category <c>vendor</c> here.</summary>
/// <param name="Name">The organisation's name.</param>
/// <param name="Namespace">The organisation's public trust portal URL (CSAF requires a URL that identifies the publisher).</param>
/// <param name="ContactDetails">How to reach the security team, when known.</param>
public sealed record AdvisoryPublisher(string Name, Uri Namespace, string? ContactDetails = null);
