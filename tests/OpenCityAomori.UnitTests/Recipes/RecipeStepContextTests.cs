using System.Text.Json;
using OpenCityAomori.Core.Recipes;

namespace OpenCityAomori.UnitTests.Recipes;

public sealed class RecipeStepContextTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "oca-recipe-" + Guid.NewGuid().ToString("N"));
    private readonly string _recipe;
    private readonly RecipeStepContext _context;

    public RecipeStepContextTests()
    {
        _recipe = Path.Combine(_root, "aomori");
        Directory.CreateDirectory(Path.Combine(_recipe, "pages"));
        File.WriteAllText(Path.Combine(_recipe, "body.md"), "# 公民連携");
        File.WriteAllText(Path.Combine(_recipe, "pages", "desk.md"), "desk");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
        Directory.CreateDirectory(Path.Combine(_root, "aomori-evil"));
        File.WriteAllText(Path.Combine(_root, "aomori-evil", "secret.txt"), "secret");
        _context = new RecipeStepContext(JsonDocument.Parse("{}").RootElement, _recipe);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_a_file_in_the_recipe_folder()
    {
        Assert.Equal("# 公民連携", _context.ReadFile("body.md"));
    }

    [Fact]
    public void Reads_a_file_in_a_subfolder_of_the_recipe_folder()
    {
        Assert.Equal("desk", _context.ReadFile(Path.Combine("pages", "desk.md")));
        Assert.Equal("desk", _context.ReadFile("pages/../pages/desk.md"));
    }

    [Fact]
    public void Refuses_a_relative_path_that_climbs_out_of_the_recipe_folder()
    {
        Assert.Throws<InvalidOperationException>(() => _context.ReadFile("../secret.txt"));
        Assert.Throws<InvalidOperationException>(() => _context.ReadFile("pages/../../secret.txt"));
    }

    [Fact]
    public void Refuses_an_absolute_path_outside_the_recipe_folder()
    {
        Assert.Throws<InvalidOperationException>(() => _context.ReadFile(Path.Combine(_root, "secret.txt")));
    }

    [Fact]
    public void Refuses_a_sibling_folder_whose_name_starts_with_the_recipe_folder_name()
    {
        Assert.Throws<InvalidOperationException>(() => _context.ReadFile("../aomori-evil/secret.txt"));
        Assert.Throws<InvalidOperationException>(() => _context.ReadFile(Path.Combine(_root, "aomori-evil", "secret.txt")));
    }

    [Fact]
    public void Refuses_the_recipe_folder_itself()
    {
        Assert.Throws<InvalidOperationException>(() => _context.ReadFile("."));
    }

    [Fact]
    public void Reads_a_file_when_the_recipe_folder_is_given_with_a_trailing_separator()
    {
        var context = _context with { RecipeDirectory = _recipe + Path.DirectorySeparatorChar };

        Assert.Equal("# 公民連携", context.ReadFile("body.md"));
    }
}
