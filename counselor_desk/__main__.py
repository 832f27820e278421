from counselor_desk.cli import main

raise SystemExit(main())
