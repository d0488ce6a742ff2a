namespace OpenCityAomori.Core.Content;

/// <summary>Permissions declared by the content module that other modules require too (Search over drafts, Portal previews, schemes publishing case studies).</summary>
public static class ContentPermissionNames
{
    /// <summary>View content, drafts included.</summary>
    public const string ViewContent = "ViewContent";

    /// <summary>Publish, unpublish and schedule content: what the public sees (a scheme's case study included).</summary>
    public const string PublishContent = "PublishContent";
}
