using System.Text;
using CodeAssure.Checks.Ci;

namespace CodeAssure.Checks.Tests.Ci;

public sealed class HostileCiInputTests : IDisposable
{
    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private string Unreadable(string path) =>
        Assert.Single(_repo.Scan().Findings, f => f.CheckId == "CA-CI-090" && f.Location!.Path == path).Message;

    [Fact]
    public void Billion_laughs_aliases_are_refused()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = (char)('a' + i - 1);
            yaml.Append((char)('a' + i)).Append(": &").Append((char)('a' + i)).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        _repo.Write(".gitlab-ci.yml", yaml.ToString());

        Assert.Contains("expands to more than", Unreadable(".gitlab-ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        _repo.Write(".github/workflows/deep.yml", new string('[', 5000) + new string(']', 5000));

        Assert.Contains("nested deeper", Unreadable(".github/workflows/deep.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_file_is_skipped_with_its_size()
    {
        _repo.Write("azure-pipelines.yml", "steps:\n" + string.Concat(Enumerable.Repeat("  - script: echo hello\n", 60_000)));

        Assert.Contains("over the limit", Unreadable("azure-pipelines.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_utf8_text_is_skipped()
    {
        _repo.WriteBytes(".gitlab-ci.yml", [.. "test:\n  script: echo "u8, 0xFF, 0xFE, 0x80, (byte)'\n']);

        Assert.Contains("not UTF-8", Unreadable(".gitlab-ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_indentation_is_reported_as_malformed()
    {
        _repo.Write(".github/workflows/tabs.yml", "on: push\njobs:\n\tbuild:\n\t\truns-on: ubuntu-latest\n");

        Assert.Contains("malformed YAML", Unreadable(".github/workflows/tabs.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_yaml_and_empty_files_never_throw()
    {
        _repo.Write(".github/workflows/cut.yml", "on: push\njobs:\n  build:\n    steps:\n      - run: \"unterminated")
            .Write(".github/workflows/empty.yml", "")
            .Write("action.yml", "just a string");

        var result = _repo.Scan();

        Assert.Equal(3, result.Definitions.Count);
        Assert.Single(result.Findings, f => f.CheckId == "CA-CI-090");
    }

    [Fact]
    public void Symlink_loops_and_links_out_of_the_folder_are_not_followed()
    {
        _repo.Write(".github/workflows/ci.yml", "on: push\npermissions: {}\njobs: {}\n");
        Directory.CreateSymbolicLink(Path.Combine(_repo.Root, "loop"), _repo.Root);
        File.CreateSymbolicLink(Path.Combine(_repo.Root, ".gitlab-ci.yml"), "/etc/hostname");

        var result = _repo.Scan();

        Assert.Equal(".github/workflows/ci.yml", Assert.Single(result.Definitions).Path);
    }

    [Fact]
    public void Local_include_cannot_escape_the_folder()
    {
        _repo.Write(".gitlab-ci.yml", "include:\n  - local: ../../etc/passwd.yml\n  - local: /ci/$NAME.yml\n");

        var result = _repo.Scan();

        Assert.Single(result.Definitions);
        Assert.Equal(2, result.ExternalIncludes.Count(i => i.Contains("not resolved", StringComparison.Ordinal)));
    }

    [Fact]
    public void Excluded_paths_are_left_out()
    {
        _repo.Write("tests/Fixtures/bad/azure-pipelines.yml", "steps:\n  - script: echo $(Build.SourceBranchName)\n");

        Assert.NotEmpty(_repo.Scan().Findings);
        Assert.Empty(_repo.Scan(["tests/**/Fixtures/"]).Definitions);
    }
}
