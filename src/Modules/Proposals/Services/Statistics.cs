namespace OpenCityAomori.Modules.Proposals.Services;

internal static class Statistics
{
    /// <summary>The middle value (the mean of the two middle ones for an even count); null when there are none.</summary>
    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
