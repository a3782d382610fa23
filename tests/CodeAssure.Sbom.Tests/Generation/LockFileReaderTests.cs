using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Tests.Generation;

// Each expected count below was made by reading the fixture by hand.
public class LockFileReaderTests
{
    [Fact]
    public async Task Reads_npm_lockfile_v3_with_nested_modules_workspaces_and_scopes()
    {
        var graph = await Fixtures.GraphOf("npm-v3");
        Assert.Equal(11, graph.Packages.Count);
        Assert.Empty(graph.Warnings);
        Assert.Equal(
            ["pkg:npm/%40types/node@20.11.5", "pkg:npm/express@4.18.2", "pkg:npm/fsevents@2.3.3", "pkg:npm/ms@2.1.3"],
            graph.DirectDependencies);
        var types = graph.Package("pkg:npm/%40types/node@20.11.5");
        Assert.Equal("@types", types.Namespace);
        Assert.Equal(DependencyScope.Dev, types.Scope);
        Assert.Equal(DependencyScope.Optional, graph.Package("pkg:npm/fsevents@2.3.3").Scope);
        Assert.Equal(["pkg:npm/ms@2.0.0"], graph.Package("pkg:npm/debug@2.6.9").DependsOn);
        Assert.Equal(DependencyRelation.Transitive, graph.Package("pkg:npm/ms@2.0.0").Relation);
        var express = graph.Package("pkg:npm/express@4.18.2");
        Assert.Equal(["pkg:npm/accepts@1.3.8", "pkg:npm/debug@2.6.9"], express.DependsOn);
        Assert.Equal("SHA-512", Assert.Single(express.Hashes).Algorithm);
        Assert.Equal(128, express.Hashes[0].Value.Length);
        Assert.Equal(["package-lock.json"], express.SourceFiles);
    }

    [Fact]
    public async Task Reads_npm_lockfile_v1_resolving_nested_dependencies_and_package_json()
    {
        var graph = await Fixtures.GraphOf("npm-v1");
        Assert.Equal(10, graph.Packages.Count);
        Assert.Equal(
            ["pkg:npm/chalk@2.4.2", "pkg:npm/has-flag@4.0.0", "pkg:npm/lodash@4.17.21", "pkg:npm/typescript@4.9.5"],
            graph.DirectDependencies);
        Assert.Equal(["pkg:npm/has-flag@3.0.0"], graph.Package("pkg:npm/supports-color@5.5.0").DependsOn);
        Assert.Equal("SHA-1", Assert.Single(graph.Package("pkg:npm/color-name@1.1.3").Hashes).Algorithm);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:npm/typescript@4.9.5").Scope);
    }

    [Fact]
    public async Task Reads_classic_yarn_lock_with_scope_following_the_paths_from_package_json()
    {
        var graph = await Fixtures.GraphOf("yarn-v1");
        Assert.Equal(6, graph.Packages.Count);
        Assert.Equal(["pkg:npm/%40babel/code-frame@7.23.5", "pkg:npm/react@18.2.0"], graph.DirectDependencies);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:npm/%40babel/code-frame@7.23.5").Scope);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:npm/chalk@2.4.2").Scope);
        // Reached from react (required) and from babel (dev): required wins.
        Assert.Equal(DependencyScope.Required, graph.Package("pkg:npm/js-tokens@4.0.0").Scope);
        Assert.Equal(["pkg:npm/js-tokens@4.0.0"], graph.Package("pkg:npm/loose-envify@1.4.0").DependsOn);
        Assert.Single(graph.Package("pkg:npm/react@18.2.0").Hashes);
    }

    [Fact]
    public async Task Reads_berry_yarn_lock_taking_direct_dependencies_from_the_workspace_entry()
    {
        var graph = await Fixtures.GraphOf("yarn-berry");
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal(["pkg:npm/got@13.0.0", "pkg:npm/zod@3.22.4"], graph.DirectDependencies);
        Assert.Equal(["pkg:npm/%40sindresorhus/is@5.6.0", "pkg:npm/lowercase-keys@3.0.0"], graph.Package("pkg:npm/got@13.0.0").DependsOn);
        Assert.All(graph.Packages, p => Assert.Empty(p.Hashes)); // berry checksums hash Yarn's cache, not the tarball
    }

    [Fact]
    public async Task Reads_pnpm_lockfile_v5_with_peer_suffixes_in_keys_and_versions()
    {
        var graph = await Fixtures.GraphOf("pnpm-v5");
        Assert.Equal(5, graph.Packages.Count);
        Assert.Equal(["pkg:npm/react-dom@18.2.0", "pkg:npm/react@18.2.0"], graph.DirectDependencies);
        Assert.Equal(["pkg:npm/loose-envify@1.4.0", "pkg:npm/react@18.2.0", "pkg:npm/scheduler@0.23.0"], graph.Package("pkg:npm/react-dom@18.2.0").DependsOn);
    }

    [Fact]
    public async Task Reads_pnpm_lockfile_v6_with_dev_flags()
    {
        var graph = await Fixtures.GraphOf("pnpm-v6");
        Assert.Equal(6, graph.Packages.Count);
        Assert.Equal(["pkg:npm/axios@1.6.2", "pkg:npm/vitest@1.0.4"], graph.DirectDependencies);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:npm/tinyspy@2.2.0").Scope);
        Assert.Equal(["pkg:npm/asynckit@0.4.0"], graph.Package("pkg:npm/form-data@4.0.0").DependsOn);
        Assert.Equal(["pkg:npm/follow-redirects@1.15.3", "pkg:npm/form-data@4.0.0"], graph.Package("pkg:npm/axios@1.6.2").DependsOn);
    }

    [Fact]
    public async Task Reads_pnpm_lockfile_v9_importers_including_workspace_packages()
    {
        var graph = await Fixtures.GraphOf("pnpm-v9");
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal(4, graph.DirectDependencies.Count);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:npm/prettier@3.1.1").Scope);
        Assert.Equal("@tanstack", graph.Package("pkg:npm/%40tanstack/query-core@5.17.9").Namespace);
        Assert.Equal(DependencyRelation.Direct, graph.Package("pkg:npm/clsx@2.1.0").Relation);
    }

    [Fact]
    public async Task Reads_only_exact_pins_from_requirements_files_and_reports_the_rest()
    {
        var graph = await Fixtures.GraphOf("pip");
        Assert.Equal(5, graph.Packages.Count);
        Assert.Equal(3, graph.Warnings.Count(w => w.Message.StartsWith("unpinned", StringComparison.Ordinal)));
        Assert.Contains(graph.Warnings, w => w.File == "requirements.txt" && w.Line == 8 && w.Message.Contains("requests", StringComparison.Ordinal));
        var flask = graph.Package("pkg:pypi/flask@3.0.0");
        Assert.Equal("Flask", flask.Name);
        Assert.Equal(DependencyRelation.Direct, flask.Relation);
        var certifi = graph.Package("pkg:pypi/certifi@2023.11.17");
        Assert.Empty(certifi.Hashes); // two files' hashes: which is the sdist is unknown
        Assert.Equal(2, certifi.Properties.Count(p => p.Name == "codeassure:distribution-hash"));
        var pytest = graph.Package("pkg:pypi/pytest@7.4.3");
        Assert.Equal(DependencyScope.Dev, pytest.Scope);
        Assert.Equal("SHA-256", Assert.Single(pytest.Hashes).Algorithm);
    }

    [Fact]
    public async Task Reads_poetry_lock_with_pyproject_groups_and_optional_extras()
    {
        var graph = await Fixtures.GraphOf("poetry");
        Assert.Equal(5, graph.Packages.Count);
        Assert.Equal(["pkg:pypi/anyio@4.2.0", "pkg:pypi/mypy-extensions@1.0.0", "pkg:pypi/ujson@5.9.0"], graph.DirectDependencies);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:pypi/mypy-extensions@1.0.0").Scope);
        Assert.Equal(DependencyScope.Optional, graph.Package("pkg:pypi/ujson@5.9.0").Scope);
        Assert.Equal(["pkg:pypi/idna@3.6", "pkg:pypi/sniffio@1.3.0"], graph.Package("pkg:pypi/anyio@4.2.0").DependsOn);
        Assert.Equal("Sniffio", graph.Package("pkg:pypi/sniffio@1.3.0").Name);
        Assert.Single(graph.Package("pkg:pypi/anyio@4.2.0").Hashes); // the sdist's
    }

    [Fact]
    public async Task Reads_pipfile_lock_sections_and_direct_dependencies_from_the_pipfile()
    {
        var graph = await Fixtures.GraphOf("pipenv");
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal(["pkg:pypi/black@23.12.1", "pkg:pypi/click@8.1.7", "pkg:pypi/jinja2@3.1.2"], graph.DirectDependencies);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:pypi/black@23.12.1").Scope);
        Assert.Equal(DependencyRelation.Transitive, graph.Package("pkg:pypi/markupsafe@2.1.3").Relation);
    }

    [Fact]
    public async Task Reads_uv_lock_with_the_editable_project_as_root()
    {
        var graph = await Fixtures.GraphOf("uv");
        Assert.Equal(5, graph.Packages.Count);
        Assert.Equal(["pkg:pypi/httpx@0.26.0", "pkg:pypi/pytest@7.4.4", "pkg:pypi/rich@13.7.0"], graph.DirectDependencies);
        Assert.Equal(DependencyScope.Optional, graph.Package("pkg:pypi/rich@13.7.0").Scope);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:pypi/pytest@7.4.4").Scope);
        Assert.Equal(DependencyScope.Required, graph.Package("pkg:pypi/certifi@2023.11.17").Scope);
        Assert.Single(graph.Package("pkg:pypi/httpx@0.26.0").Hashes);
    }

    [Fact]
    public async Task Reads_go_mod_applying_replacements_and_go_sum_hashes()
    {
        var graph = await Fixtures.GraphOf("go");
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal(["pkg:golang/github.com/google/uuid@v1.5.0", "pkg:golang/github.com/gorilla/mux@v1.8.0"], graph.DirectDependencies);
        var sync = graph.Package("pkg:golang/golang.org/x/sync@v0.5.0");
        Assert.Equal("golang.org/x", sync.Namespace);
        Assert.Equal(DependencyRelation.Transitive, sync.Relation);
        Assert.StartsWith("h1:", Assert.Single(sync.Properties, p => p.Name == "codeassure:go-sum-h1").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_cargo_lock_with_workspace_crates_as_roots()
    {
        var graph = await Fixtures.GraphOf("cargo");
        Assert.Equal(5, graph.Packages.Count);
        Assert.Equal(["pkg:cargo/num-traits@0.2.17", "pkg:cargo/serde@1.0.195", "pkg:cargo/syn@2.0.48"], graph.DirectDependencies);
        Assert.Equal(["pkg:cargo/autocfg@1.1.0"], graph.Package("pkg:cargo/num-traits@0.2.17").DependsOn);
        Assert.Equal("SHA-256", Assert.Single(graph.Package("pkg:cargo/serde@1.0.195").Hashes).Algorithm);
    }

    [Fact]
    public async Task Reads_pom_dependencies_resolving_properties_and_reports_unversioned_ones()
    {
        var graph = await Fixtures.GraphOf("maven");
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal("2.16.1", graph.Package("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.16.1").Version);
        Assert.Equal("1.4.0", graph.Package("pkg:maven/org.example.billing/invoice-model@1.4.0").Version);
        Assert.Equal(DependencyScope.Optional, graph.Package("pkg:maven/com.h2database/h2@2.2.224").Scope);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:maven/org.junit.jupiter/junit-jupiter@5.10.1").Scope);
        var warning = Assert.Single(graph.Warnings);
        Assert.Contains("slf4j-api", warning.Message, StringComparison.Ordinal);
        Assert.Equal(38, warning.Line);
    }

    [Fact]
    public async Task Reads_gradle_lockfile_with_test_only_modules_as_dev()
    {
        var graph = await Fixtures.GraphOf("gradle");
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:maven/junit/junit@4.13.2").Scope);
        Assert.Equal(DependencyScope.Required, graph.Package("pkg:maven/com.google.code.gson/gson@2.10.1").Scope);
        Assert.All(graph.Packages, p => Assert.Equal(DependencyRelation.Unknown, p.Relation));
    }

    [Fact]
    public async Task Reads_gemfile_lock_with_platforms_and_checksums()
    {
        var graph = await Fixtures.GraphOf("ruby");
        Assert.Equal(6, graph.Packages.Count);
        Assert.Equal(3, graph.DirectDependencies.Count);
        var nokogiri = graph.Package("pkg:gem/nokogiri@1.15.5?platform=x86_64-linux");
        Assert.Equal(["pkg:gem/racc@1.7.3"], nokogiri.DependsOn);
        Assert.Single(graph.Package("pkg:gem/rack@3.0.8").Hashes);
        Assert.Equal(DependencyRelation.Transitive, graph.Package("pkg:gem/concurrent-ruby@1.2.2").Relation);
    }

    [Fact]
    public async Task Reads_composer_lock_with_dev_packages_and_lower_cased_purls()
    {
        var graph = await Fixtures.GraphOf("composer");
        Assert.Equal(4, graph.Packages.Count);
        var monolog = graph.Package("pkg:composer/monolog/monolog@3.5.0");
        Assert.Equal(["pkg:composer/psr/log@3.0.0"], monolog.DependsOn);
        Assert.Equal("SHA-1", Assert.Single(monolog.Hashes).Algorithm);
        Assert.Equal(["pkg:composer/monolog/monolog@3.5.0", "pkg:composer/phpunit/phpunit@10.5.5"], graph.DirectDependencies);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:composer/sebastian/diff@5.1.0").Scope);
    }

    [Fact]
    public async Task Reads_nuget_packages_lock_skipping_project_references()
    {
        var graph = await Fixtures.GraphOf("nuget");
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal(["pkg:nuget/Serilog.Sinks.Console@5.0.1", "pkg:nuget/Serilog@3.1.1"], graph.DirectDependencies);
        Assert.Equal(["pkg:nuget/Serilog@3.1.1"], graph.Package("pkg:nuget/Serilog.Sinks.Console@5.0.1").DependsOn);
        Assert.Equal("SHA-512", Assert.Single(graph.Package("pkg:nuget/Microsoft.Extensions.Options@8.0.1").Hashes).Algorithm);
    }

    [Fact]
    public async Task Reads_project_assets_json_from_obj_when_the_project_has_no_lock_file()
    {
        var graph = await Fixtures.GraphOf("nuget-assets");
        Assert.Equal(["obj/project.assets.json"], graph.ScannedFiles);
        Assert.Equal(4, graph.Packages.Count);
        Assert.Equal(["pkg:nuget/Dapper@2.1.28", "pkg:nuget/Microsoft.SourceLink.GitHub@8.0.0"], graph.DirectDependencies);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:nuget/Microsoft.SourceLink.GitHub@8.0.0").Scope);
        Assert.Equal(DependencyScope.Dev, graph.Package("pkg:nuget/Microsoft.Build.Tasks.Git@8.0.0").Scope);
        Assert.Equal(DependencyScope.Required, graph.Package("pkg:nuget/Dapper@2.1.28").Scope);
    }
}
