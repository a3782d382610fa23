using CodeAssure.Checks.Testing;

namespace CodeAssure.Checks.Tests.Testing;

public sealed class TestCommandPatternsTests
{
    [Theory]
    [InlineData("      - run: dotnet test --no-build --configuration Release", "dotnet test")]
    [InlineData("dotnet test CodeAssure.sln || status=$?", "dotnet test")]
    [InlineData("    - go test -race ./...", "go test")]
    [InlineData("  script: gotestsum --junitfile report.xml", "go test")]
    [InlineData("      run: python -m pytest -q", "pytest")]
    [InlineData("      run: pytest --junitxml=results.xml", "pytest")]
    [InlineData("    - python3 -m unittest discover", "pytest")]
    [InlineData("      - run: npm test", "npm test")]
    [InlineData("      - run: npm run test -- --coverage", "npm test")]
    [InlineData("    - yarn test", "npm test")]
    [InlineData("    - pnpm run test:unit", "npm test")]
    [InlineData("      run: mvn -B verify", "maven")]
    [InlineData("      run: ./mvnw test", "maven")]
    [InlineData("      run: ./gradlew check", "gradle")]
    [InlineData("    - cargo test --all-features", "cargo test")]
    [InlineData("    - cargo +nightly test", "cargo test")]
    [InlineData("    - bundle exec rspec", "rspec")]
    [InlineData("    - bundle exec rake spec", "rspec")]
    [InlineData("      run: tox -e py312", "tox")]
    [InlineData("      run: nox -s tests", "nox")]
    [InlineData("      run: make test", "make test")]
    [InlineData("\t$(MAKE) check", "make test")]
    [InlineData("                sh 'dotnet test'", "dotnet test")]
    public void Recognises_test_commands(string line, string runner) => Assert.Equal(runner, TestCommandPatterns.Match(line));

    [Theory]
    [InlineData("# dotnet test runs later")]
    [InlineData("// sh 'go test ./...'")]
    [InlineData("      - uses: tox-dev/action@v1")]
    [InlineData("      run: mvn -B package -DskipTests")]
    [InlineData("      run: ./gradlew build -x test")]
    [InlineData("      run: npm ci")]
    [InlineData("      run: dotnet build")]
    [InlineData("      run: cat pytest.ini")]
    [InlineData("      run: cp tox.ini build/")]
    [InlineData("      run: go build ./...")]
    [InlineData("      run: cargo build --release")]
    [InlineData("      run: make")]
    [InlineData("    - uses: actions/setup-dotnet@v4")]
    public void Ignores_lines_that_run_no_tests(string line) => Assert.Null(TestCommandPatterns.Match(line));
}
