using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary>Reads an SBOM named on the command line, with the same errors everywhere.</summary>
internal static class SbomFile
{
    /// <summary>
    /// Reads the file. A missing file or a folder is a usage error (exit 2); a file that is not a readable SBOM
    /// writes one line (file:line:column: reason) and returns null, and the command exits 1.
    /// </summary>
    public static async Task<SbomDocument?> ReadAsync(CliContext context, string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path) ? $"'{path}' is a folder, not an SBOM file" : $"file not found: {path}");
        }

        try
        {
            return SbomReader.ReadFile(path);
        }
        catch (SbomFormatException e)
        {
            await context.Error.WriteLineAsync($"codeassure: {CliApp.OneLine(e.Message)}").ConfigureAwait(false);
            return null;
        }
    }
}
