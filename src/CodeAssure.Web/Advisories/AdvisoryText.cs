namespace CodeAssure.Web.Advisories;

/// <summary>The words of an advisory that its author writes: title, summary, details.</summary>
internal sealed record AdvisoryText(string Title, string? Summary, string? Details);
