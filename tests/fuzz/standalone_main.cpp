// Without libFuzzer (a gcc build, ctest): runs a fuzz target once over every file named
// on the command line or found in a directory named there, the corpus as a regression
// test. Arguments that start with '-' are libFuzzer's (`-runs=0`) and are ignored, so
// ctest runs the same command line in both kinds of build.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.starts_with("-"))
            continue;
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::directory_iterator(arg))
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
        } else {
            inputs.emplace_back(arg);
        }
    }
    std::sort(inputs.begin(), inputs.end()); // the same order on every machine
    if (inputs.empty()) {
        std::fprintf(stderr, "no inputs: name corpus files or directories\n");
        return 2;
    }
    for (const auto& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", path.c_str());
            return 2;
        }
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        // A copy of exactly the input's size, so ASan (asan preset) sees a read past it.
        const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
        std::printf("%s\n", path.filename().c_str());
        std::fflush(stdout); // a crash then names the input that caused it
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("ran %zu inputs\n", inputs.size());
    return 0;
}
