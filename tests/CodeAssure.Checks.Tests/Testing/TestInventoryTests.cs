using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Testing;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Testing;

public sealed class TestInventoryTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("codeassure-inventory-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Finds_this_repositorys_xunit_projects_and_the_ci_script_that_runs_dotnet_test()
    {
        var result = TestInventory.Find(ConformanceData.RepositoryRoot);

        var projects = result.Tests.Where(t => t.Kind == TestKind.DotNetTestProject).Select(t => t.Path).ToList();
        Assert.Contains("tests/CodeAssure.Checks.Tests/CodeAssure.Checks.Tests.csproj", projects);
        Assert.Contains("tests/CodeAssure.Sbom.Tests/CodeAssure.Sbom.Tests.csproj", projects);
        // The support library is not a test project, and build output is skipped.
        Assert.DoesNotContain("tests/CodeAssure.TestSupport/CodeAssure.TestSupport.csproj", projects);
        Assert.DoesNotContain(result.Tests, t => t.Path.Contains("/bin/", StringComparison.Ordinal) || t.Path.Contains("/obj/", StringComparison.Ordinal));

        var run = Assert.Single(result.TestCommands, c => c.Path == ".ci/run" && c.Runner == "dotnet test");
        Assert.True(run.InCiConfiguration);
        Assert.Equal("dotnet test CodeAssure.sln || status=$?", run.Text);
        Assert.Equal(run.Line, File.ReadAllLines(Path.Combine(ConformanceData.RepositoryRoot, ".ci", "run")).ToList().FindIndex(l => l.StartsWith("dotnet test", StringComparison.Ordinal)) + 1);
        Assert.True(result.CiRunsTests);

        var findings = TestInventory.Findings(result);
        Assert.Contains(findings, f => f is { CheckId: "CA-TEST-001", Level: FindingLevel.Info, RuleId: "dotnet-test-projects" });
        Assert.Contains(findings, f => f is { CheckId: "CA-TEST-002", Level: FindingLevel.Info } && f.Location!.Path == ".ci/run" && f.Location.Line == run.Line);
        Assert.DoesNotContain(findings, f => f.Level > FindingLevel.Info);
    }

    [Fact]
    public void Counts_tests_of_every_kind()
    {
        Write("src/App.Tests/App.Tests.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="NUnit" Version="4.1.0" /></ItemGroup></Project>""");
        Write("src/Lib.Tests/Lib.Tests.fsproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>""");
        Write("src/App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit.analyzers.extra" /></ItemGroup></Project>""");
        // Test framework from a shared Directory.Build.props: recognised by the project's name.
        Write("test/Shop.FunctionalTests/Shop.FunctionalTests.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        Write("src/Shop.Testing/Shop.Testing.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        Write("calc/calc_test.go", "package calc");
        Write("calc/calc.go", "package calc");
        Write("py/tests/test_money.py", "def test_x(): pass");
        Write("py/store_test.py", "def test_y(): pass");
        Write("py/testing_helpers.py", "");
        Write("web/src/basket.test.ts", "");
        Write("web/src/basket.spec.jsx", "");
        Write("web/src/__tests__/format.js", "");
        Write("web/src/format.ts", "");
        Write("java/src/test/java/com/example/CalcTest.java", "class CalcTest {}");
        Write("java/src/main/java/com/example/Calc.java", "class Calc {}");
        Write("rust/Cargo.toml", "[package]");
        Write("rust/src/lib.rs", "#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() {}\n}");
        Write("rust/src/main.rs", "fn main() {}");
        Write("rust/tests/integration.rs", "fn helper() {}");
        Write("ruby/spec/models/user_spec.rb", "");
        Write("ruby/test/models/user_test.rb", "");
        Write("ruby/app/models/user.rb", "");

        var counts = TestInventory.Find(_root.FullName).Counts;

        Assert.Equal(3, counts[TestKind.DotNetTestProject]);
        Assert.Equal(1, counts[TestKind.GoTestFile]);
        Assert.Equal(2, counts[TestKind.PythonTestFile]);
        Assert.Equal(3, counts[TestKind.JavaScriptTestFile]);
        Assert.Equal(1, counts[TestKind.JvmTestFile]);
        Assert.Equal(2, counts[TestKind.RustTestFile]);
        Assert.Equal(2, counts[TestKind.RubyTestFile]);
    }

    [Fact]
    public void Skips_node_modules_build_output_and_gitignored_folders()
    {
        Write(".gitignore", "vendor/\n");
        Write("node_modules/lib/index.test.js", "");
        Write("bin/Debug/x_test.go", "");
        Write("vendor/github.com/x/y_test.go", "");
        Write(".venv/lib/python3.12/site-packages/six/test_six.py", "");
        Write("ruby/vendor/bundle/gems/rack/spec/rack_spec.rb", "");
        Write("app/app_test.go", "");

        var result = TestInventory.Find(_root.FullName);

        Assert.Equal(["app/app_test.go"], result.Tests.Select(t => t.Path));
    }

    [Fact]
    public void Does_not_follow_symbolic_links_out_of_the_tree()
    {
        var outside = Directory.CreateTempSubdirectory("codeassure-outside-");
        try
        {
            File.WriteAllText(Path.Combine(outside.FullName, "other_test.go"), "package other");
            Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "linked"), outside.FullName);
            Write("own_test.go", "package own");

            var result = TestInventory.Find(_root.FullName);

            Assert.Equal(["own_test.go"], result.Tests.Select(t => t.Path));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public void Finds_pytest_configuration()
    {
        Write("pyproject.toml", "[project]\nname = \"x\"\n\n[tool.pytest.ini_options]\naddopts = \"-q\"\n");
        Write("setup.cfg", "[metadata]\nname = x\n");
        Write("tests/conftest.py", "");

        var result = TestInventory.Find(_root.FullName);

        Assert.Equal(["pyproject.toml", "tests/conftest.py"], result.PytestConfiguration);
    }

    [Fact]
    public void Finds_test_commands_in_each_kind_of_ci_file_with_line_numbers()
    {
        Write(".github/workflows/ci.yml", "name: ci\non: push\njobs:\n  test:\n    steps:\n      - run: go test ./...\n");
        Write(".gitlab-ci.yml", "test:\n  script:\n    - pytest\n");
        Write("azure-pipelines.yml", "steps:\n- script: dotnet test\n");
        Write("Jenkinsfile", "pipeline {\n  stages {\n    stage('Test') { steps { sh 'mvn -B verify' } }\n  }\n}\n");
        Write(".circleci/config.yml", "jobs:\n  build:\n    steps:\n      - run: cargo test\n");
        Write("Makefile", "test:\n\tnpm test\n");
        Write("docs/notes.yml", "run: npm test\n");

        var result = TestInventory.Find(_root.FullName);

        Assert.Equal(
            [(".circleci/config.yml", 4, "cargo test", true), (".github/workflows/ci.yml", 6, "go test", true), (".gitlab-ci.yml", 3, "pytest", true),
             ("Jenkinsfile", 3, "maven", true), ("Makefile", 2, "npm test", false), ("azure-pipelines.yml", 2, "dotnet test", true)],
            result.TestCommands.Select(c => (c.Path, c.Line, c.Runner, c.InCiConfiguration)));
        Assert.Equal(5, result.CiFiles.Count);
    }

    [Fact]
    public void Reports_a_medium_finding_when_there_are_no_tests_and_no_ci()
    {
        Write("src/main.go", "package main");

        var findings = TestInventory.Findings(TestInventory.Find(_root.FullName));

        Assert.Equal(
            [("CA-TEST-001", FindingLevel.Medium), ("CA-TEST-002", FindingLevel.Medium)],
            findings.Select(f => (f.CheckId, f.Level)));
        Assert.Contains("no CI configuration found", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_low_finding_when_only_a_makefile_runs_the_tests()
    {
        Write("pkg/pkg_test.go", "package pkg");
        Write("Makefile", "check:\n\tgo test ./...\n");
        Write(".github/workflows/lint.yml", "jobs:\n  lint:\n    steps:\n      - run: golangci-lint run\n");

        var findings = TestInventory.Findings(TestInventory.Find(_root.FullName));

        var ci = Assert.Single(findings, f => f.CheckId == "CA-TEST-002");
        Assert.Equal((FindingLevel.Low, "Makefile", 2), (ci.Level, ci.Location!.Path, ci.Location.Line));
    }

    [Fact]
    public void Refuses_a_folder_that_does_not_exist()
    {
        Assert.Throws<DirectoryNotFoundException>(() => TestInventory.Find(Path.Combine(_root.FullName, "missing")));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
