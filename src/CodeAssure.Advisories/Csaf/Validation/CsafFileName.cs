using System.Text;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>The file-name rule of CSAF 2.0 §5.1: the lower-cased <c>/document/tracking/id</c>, every run of characters
/// other than <c>+</c>, <c>-</c>, <c>a-z</c> and <c>0-9</c> replaced by one <c>_</c>, and <c>.json</c>.</summary>
public static class CsafFileName
{
    /// <summary>The file name a document with this tracking id must have.</summary>
    public static string For(string trackingId)
    {
        ArgumentNullException.ThrowIfNull(trackingId);
        var name = new StringBuilder(trackingId.Length + 5);
        var inRun = false;
        foreach (var c in trackingId.ToLowerInvariant())
        {
            if (c is '+' or '-' || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                name.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                name.Append('_');
                inRun = true;
            }
        }

        return name.Append(".json").ToString();
    }

    /// <summary>Whether a file name could be produced by the rule (it is its own normalised form).</summary>
    public static bool IsValid(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return fileName.EndsWith(".json", StringComparison.Ordinal) && fileName.Length > 5
            && string.Equals(For(fileName[..^5]), fileName, StringComparison.Ordinal);
    }
}
