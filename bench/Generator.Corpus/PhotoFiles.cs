using System.Globalization;

namespace Generator.Corpus;

/// <summary>A few small SVG images under <c>assets/photos/</c>, which sections with a photo show.</summary>
public static class PhotoFiles
{
    public const int Count = 6;

    public static string Url(int index) => string.Create(CultureInfo.InvariantCulture, $"/assets/photos/photo-{index + 1}.svg");

    public static void Write(string inputFolder)
    {
        var folder = Path.Combine(inputFolder, "assets", "photos");
        Directory.CreateDirectory(folder);
        for (var index = 0; index < Count; index++)
        {
            var hue = index * 360 / Count;
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"photo-{index + 1}.svg")), string.Create(CultureInfo.InvariantCulture,
                $"""
                <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
                  <rect width="1200" height="800" fill="hsl({hue} 40% 70%)"/>
                  <circle cx="{300 + (index * 120)}" cy="300" r="160" fill="hsl({(hue + 180) % 360} 50% 45%)"/>
                  <rect y="560" width="1200" height="240" fill="hsl({hue} 30% 35%)"/>
                </svg>

                """));
        }
    }
}
