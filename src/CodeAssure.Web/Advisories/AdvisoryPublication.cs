using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Advisories;

/// <summary>The outcome of publishing or revising: the advisory, and why it was refused when <see cref="Problems"/> is not empty.</summary>
internal sealed record AdvisoryPublication(Advisory Advisory, IReadOnlyList<string> Problems)
{
    public bool Published => Problems.Count == 0;
}
