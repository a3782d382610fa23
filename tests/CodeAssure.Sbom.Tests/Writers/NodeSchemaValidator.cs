using System.Diagnostics;

namespace CodeAssure.Sbom.Tests.Writers;

/// <summary>
/// Runs validate-cyclonedx.cjs (Ajv over the official CycloneDX schema files) with Node. Needs node on PATH and
/// ajv, ajv-formats and ajv-formats-draft2019 installed outside the repository, in the node_modules folder named by
/// CODEASSURE_AJV_MODULES (default /tmp/cdxlib/node_modules): e.g.
/// <c>mkdir -p /tmp/cdxlib &amp;&amp; cd /tmp/cdxlib &amp;&amp; npm install ajv ajv-formats ajv-formats-draft2019</c>.
/// </summary>
internal static class NodeSchemaValidator
{
    public static string Modules => Environment.GetEnvironmentVariable("CODEASSURE_AJV_MODULES") ?? "/tmp/cdxlib/node_modules";

    public static string? UnavailableReason()
    {
        if (FindNode() is null)
        {
            return "node is not on PATH";
        }

        foreach (var module in new[] { "ajv", "ajv-formats", "ajv-formats-draft2019" })
        {
            if (!Directory.Exists(Path.Combine(Modules, module)))
            {
                return $"{module} is not installed in {Modules} (npm install ajv ajv-formats ajv-formats-draft2019 there, or set CODEASSURE_AJV_MODULES)";
            }
        }

        return null;
    }

    public static (int ExitCode, string Output) Validate(string schemaFolder, string specVersion, string bomFile)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Writers", "validate-cyclonedx.cjs");
        var start = new ProcessStartInfo(FindNode()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, Modules, schemaFolder, specVersion, bomFile })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "node"))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that is skipped, with the reason, when Node and Ajv are not available.</summary>
internal sealed class NodeSchemaFactAttribute : FactAttribute
{
    public NodeSchemaFactAttribute()
    {
        if (NodeSchemaValidator.UnavailableReason() is { } reason)
        {
            Skip = "CycloneDX schema validation with Node skipped: " + reason;
        }
    }
}
