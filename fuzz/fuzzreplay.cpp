// SPDX-License-Identifier: GPL-3.0-or-later
// Plain replay driver for a fuzz target: calls LLVMFuzzerTestOneInput once per file of each
// corpus folder (or file) given on the command line, so every build replays the corpora as an
// ordinary test without libFuzzer. A harness reports a broken invariant by aborting, which
// fails the test; the sanitizer build adds memory and undefined-behaviour checks.
// An empty or missing corpus is an error: a replay of nothing would pass without testing anything.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fs = std::filesystem;

static bool replay(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return false;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A copy of exactly the file's size, so ASan sees a read past the end of the input.
    std::vector<uint8_t> input(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
    return true;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::vector<fs::path> files;
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            for (const fs::directory_entry &e : fs::directory_iterator(arg, ec)) {
                if (e.is_regular_file())
                    files.push_back(e.path());
            }
            std::sort(files.begin(), files.end()); // a stable order makes a failure reproducible
        } else if (fs::is_regular_file(arg, ec)) {
            files.push_back(arg);
        } else {
            std::fprintf(stderr, "no such corpus: %s\n", argv[i]);
            return 2;
        }
        for (const fs::path &f : files) {
            if (!replay(f))
                return 2;
            ++count;
        }
    }
    if (count == 0) {
        std::fprintf(stderr, "the corpus is empty\n");
        return 2;
    }
    std::printf("replayed %zu input(s) without a failure\n", count);
    return 0;
}
