using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenCityAomori.Modules.Portal.Controllers;

/// <summary>
/// What the theme's layout reads from ViewData: title, description, language, the language switch
/// target (and whether it is a true translation, for hreflang), Open Graph type and image, preview.
/// </summary>
internal static class PortalViewData
{
    public static void Set(
        ViewDataDictionary viewData,
        string culture,
        string? title,
        string? description,
        string alternateUrl,
        bool alternateIsTranslation,
        string ogType = "website",
        string? ogImage = null)
    {
        viewData["Lang"] = culture;
        viewData["Title"] = title;
        viewData["Description"] = string.IsNullOrWhiteSpace(description) ? null : description.ReplaceLineEndings(" ").Trim();
        viewData["AlternateUrl"] = alternateUrl;
        viewData["AlternateIsTranslation"] = alternateIsTranslation;
        viewData["OgType"] = ogType;
        viewData["OgImage"] = ogImage;
    }

    /// <summary>The layout shows a preview banner: "draft" or "published".</summary>
    public static void MarkPreview(ViewDataDictionary viewData, bool published)
    {
        viewData["Preview"] = published ? "published" : "draft";
        viewData["NoIndex"] = true;
    }
}
