namespace CodeAssure.Web.Advisories;

/// <summary>The body of <c>POST /advisories</c> (create a draft) and <c>PUT /advisories/{id}</c> (edit a draft, findings ignored).</summary>
internal sealed record AdvisoryDraftRequest(string? Title, string? Summary, string? Details, IReadOnlyList<Guid>? FindingIds);

/// <summary>The body of <c>POST /advisories/{id}/revise</c>.</summary>
internal sealed record AdvisoryRevisionRequest(string? Summary);
