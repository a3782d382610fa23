namespace CodeAssure.Web.Triage;

/// <summary>A comment with its author named (an email, or the API token's id).</summary>
internal sealed record FindingCommentView(Guid Id, string Author, string Text, DateTimeOffset CreatedAt);
