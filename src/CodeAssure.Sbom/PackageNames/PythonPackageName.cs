using System.Text;

namespace CodeAssure.Sbom.PackageNames;

/// <summary>Python package names as PyPI compares them (PEP 503): case-insensitive, and '-', '_', '.' runs alike.</summary>
public static class PythonPackageName
{
    /// <summary>Lower case, with every run of '-', '_' and '.' replaced by one '-'.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var inSeparator = false;
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                if (!inSeparator)
                {
                    builder.Append('-');
                }

                inSeparator = true;
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
                inSeparator = false;
            }
        }

        return builder.ToString();
    }
}
