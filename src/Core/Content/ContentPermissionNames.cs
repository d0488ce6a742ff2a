namespace OpenCityAomori.Core.Content;

/// <summary>Permissions declared by the content module that other modules require too (Search over drafts, Portal previews).</summary>
public static class ContentPermissionNames
{
    /// <summary>View content, drafts included.</summary>
    public const string ViewContent = "ViewContent";
}
