from counselor_desk.app import main

raise SystemExit(main())
