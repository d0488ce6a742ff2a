namespace OpenCityAomori.Core.Content;

/// <summary>The output-cache tag of every public page; evicted whenever public content changes.</summary>
public static class PublicCache
{
    public const string Tag = "public";
    public const string PolicyName = "public";
}
