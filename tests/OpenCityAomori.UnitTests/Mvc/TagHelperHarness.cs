using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCityAomori.UnitTests.Mvc;

/// <summary>Runs a tag helper outside Razor and returns the HTML it writes.</summary>
internal static class TagHelperHarness
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static ViewContext ViewContext(ModelStateDictionary? modelState = null)
    {
        var services = new ServiceCollection().AddSingleton(Encoder).BuildServiceProvider();
        return new ViewContext
        {
            HttpContext = new DefaultHttpContext { RequestServices = services },
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState ?? new ModelStateDictionary()),
        };
    }

    public static ModelExpression For<T>(string name, T value) =>
        new(name, new EmptyModelMetadataProvider().GetModelExplorerForType(typeof(T), value));

    public static string Render(TagHelper helper, string tagName)
    {
        var context = new TagHelperContext(new TagHelperAttributeList(), new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput(tagName, new TagHelperAttributeList(), (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, Encoder);
        return writer.ToString();
    }
}
