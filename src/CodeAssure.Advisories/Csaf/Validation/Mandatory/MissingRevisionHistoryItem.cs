namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.21 Missing Item in Revision History.</summary>
internal sealed class MissingRevisionHistoryItem : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.21";

    /// <inheritdoc/>
    public override string Name => "Missing Item in Revision History";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var sorted = RevisionHistory.ByDate(context.Document).Where(r => r.Revision.Number is not null).ToList();
        if (sorted.Count == 0)
        {
            yield break;
        }

        var first = sorted[0].Revision.Number!;
        if (first.Major > 1)
        {
            yield return Hit($"/document/tracking/revision_history/{sorted[0].Index}/number", $"the first revision is {first}; it must be 0 or 1 (major version for semantic versioning)");
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            var before = sorted[i - 1].Revision.Number!.Major;
            var after = sorted[i].Revision.Number!.Major;
            if (after > before + 1)
            {
                yield return Hit($"/document/tracking/revision_history/{sorted[i].Index}/number", $"revision {sorted[i].Revision.Number} follows {sorted[i - 1].Revision.Number}: version {before + 1} is missing");
            }
        }
    }
}
